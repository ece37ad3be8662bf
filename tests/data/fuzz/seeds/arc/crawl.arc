filedesc://test.arc 0.0.0.0 20240501000000 text/plain 65
1 0 test
URL IP-address Archive-date Content-type Archive-length

http://site.example/a 1.2.3.4 20240501000000 text/html 1009
HTTP/1.1 200 OK
Content-Type: text/html

<!doctype html><html><head><meta charset="utf-8"><title>Ferry fares rise</title>
<link rel="canonical" href="https://www.propublica.org/article/ferry">
<meta name="syndication-source" content="https://www.propublica.org/article/ferry">
<meta property="article:published_time" content="2024-05-01T09:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://www.propublica.org/article/ferry","publisher":{"name":"Harbor Ledger"}}</script>
</head><body><nav>Home</nav><article><h1>Ferry fares rise</h1><p>By Jane Roe</p>
<figure><img src="x.jpg"><figcaption>Photo: John Doe/AP</figcaption></figure>
<p>WASHINGTON (AP) &mdash; Fares rise on Monday, officials said &#8212; the board voted.</p>
<p>This story was originally published by <a href="https://www.propublica.org/article/ferry">ProPublica</a>.</p>
<footer>Republished under a Creative Commons license.</footer></article>
<aside class="related">Related: other</aside></body></html>
http://site.example/b 1.2.3.4 20240501000000 text/html 73
HTTP/1.1 200 OK
Content-Type: text/html

<p>(Reuters) - Wire copy.</p>
