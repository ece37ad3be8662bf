"""Article keys: URL normalisation, text keys, title keys and inferred keys."""

from __future__ import annotations

import hashlib
import string
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.urls import (
    TRACKING_PARAMETERS,
    inferred_key,
    normalize_url,
    same_article,
    text_key,
    title_key,
)

NORMALIZED = [
    # The example of the design: every rule at once.
    (
        "http://WWW.Example.com:80/News/Story/?utm_source=x&b=2&a=1#top",
        "https://example.com/News/Story?a=1&b=2",
    ),
    # Scheme.
    ("http://example.com/a", "https://example.com/a"),
    ("https://example.com/a", "https://example.com/a"),
    ("HTTPS://example.com/a", "https://example.com/a"),
    ("//example.com/a", "https://example.com/a"),
    ("www.example.com/a", "https://example.com/a"),
    ("WWW.example.com:8080/a", "https://example.com:8080/a"),
    ("  http://example.com/a \n", "https://example.com/a"),
    ("http://exam\tple.com/a\nb", "https://example.com/ab"),
    # Host.
    ("https://EXAMPLE.Com/a", "https://example.com/a"),
    ("https://www2.example.com/a", "https://example.com/a"),
    ("https://m.example.com/a", "https://example.com/a"),
    ("https://mobile.example.com/a", "https://example.com/a"),
    ("https://amp.example.com/a", "https://example.com/a"),
    ("https://www.m.example.com/a", "https://example.com/a"),
    ("https://www.com/a", "https://www.com/a"),
    ("https://amp.dev/a", "https://amp.dev/a"),
    ("https://news.example.com/a", "https://news.example.com/a"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("http://example.com:8080/a", "https://example.com:8080/a"),
    ("http://example.com:0080/a", "https://example.com/a"),
    ("http://example.com:/a", "https://example.com/a"),
    ("https://user:secret@example.com/a", "https://example.com/a"),
    ("https://example.com./a", "https://example.com/a"),
    ("https://xn--r8jz45g.jp/a", "https://xn--r8jz45g.jp/a"),
    ("https://XN--R8JZ45G.jp/a", "https://xn--r8jz45g.jp/a"),
    ("https://例え.jp/a", "https://xn--r8jz45g.jp/a"),
    ("https://[2001:DB8:0:0::1]:8080/a", "https://[2001:db8::1]:8080/a"),
    ("https://127.0.0.1/a", "https://127.0.0.1/a"),
    # Path.
    ("https://example.com/a/b/", "https://example.com/a/b"),
    ("https://example.com/", "https://example.com"),
    ("https://example.com", "https://example.com"),
    ("https://example.com//a///b", "https://example.com/a/b"),
    ("https://example.com/a/./b/../c", "https://example.com/a/c"),
    ("https://example.com/a/%2E%2E/c", "https://example.com/c"),
    ("https://example.com/%7Euser/%41b%2dc", "https://example.com/~user/Ab-c"),
    ("https://example.com/a%2fb/%3f", "https://example.com/a%2Fb/%3F"),
    ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
    ("https://example.com/café story", "https://example.com/caf%C3%A9%20story"),
    ("https://example.com/100%/a", "https://example.com/100%25/a"),
    ("https://example.com/News/Story", "https://example.com/News/Story"),
    ("https://example.com\\a\\b", "https://example.com/a/b"),
    # AMP.
    ("https://example.com/news/story/amp", "https://example.com/news/story"),
    ("https://example.com/news/story/amp/", "https://example.com/news/story"),
    ("https://example.com/amp/news/story", "https://example.com/news/story"),
    ("https://example.com/amp", "https://example.com/amp"),
    ("https://example.com/news/story.amp.html", "https://example.com/news/story.html"),
    ("https://example.com/news/story?amp", "https://example.com/news/story"),
    ("https://example.com/news/story?amp=1", "https://example.com/news/story"),
    ("https://example.com/news/story?outputType=amp", "https://example.com/news/story"),
    ("https://example.com/news/story?outputType=print", "https://example.com/news/story?outputType=print"),
    ("https://example.com/news/story?_amp=true", "https://example.com/news/story"),
    ("https://amp.example.com/news/story", "https://example.com/news/story"),
    ("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path", "https://example.com/path"),
    (
        "https://www-example-com.cdn.ampproject.org/c/www.example.com/path/amp?x=1",
        "https://example.com/path?x=1",
    ),
    ("https://www.google.com/amp/s/www.example.com/path/amp/", "https://example.com/path"),
    ("https://example-com.cdn.ampproject.org/v/s/example.com/a", "https://example.com/a"),
    (
        "https://example-com.cdn.ampproject.org/i/s/example.com/a.jpg",
        "https://example-com.cdn.ampproject.org/i/s/example.com/a.jpg",
    ),
    ("https://example-com.cdn.ampproject.org/c/s/", "https://example-com.cdn.ampproject.org/c/s"),
    # Fragment.
    ("https://example.com/a#section-2", "https://example.com/a"),
    ("https://example.com/a?b=1#c?d=2", "https://example.com/a?b=1"),
    # Query.
    ("https://example.com/a?utm_source=x&utm_campaign=y&utm_whatever=z", "https://example.com/a"),
    ("https://example.com/a?UTM_Source=x&FBCLID=y&CMP=z&id=3", "https://example.com/a?id=3"),
    ("https://example.com/a?b=2&a=1&c=0", "https://example.com/a?a=1&b=2&c=0"),
    ("https://example.com/a?a=2&a=1", "https://example.com/a?a=1&a=2"),
    ("https://example.com/a?b&a=", "https://example.com/a?a=&b="),
    ("https://example.com/a?&&a=1&", "https://example.com/a?a=1"),
    ("https://example.com/a?q=%7e%2f%26", "https://example.com/a?q=~%2F%26"),
    ("https://example.com/a?q=new york", "https://example.com/a?q=new%20york"),
    ("https://example.com/a?q=a+b", "https://example.com/a?q=a+b"),
    ("https://example.com/a?q=a=b", "https://example.com/a?q=a=b"),
    ("https://example.com/a?", "https://example.com/a"),
]


@pytest.mark.parametrize(
    ("url", "key"),
    NORMALIZED,
    ids=[
        "design-example",
        "scheme-http",
        "scheme-https",
        "scheme-case",
        "scheme-protocol-relative",
        "scheme-bare-www",
        "scheme-bare-www-port",
        "outer-whitespace",
        "tab-newline-removed",
        "host-case",
        "host-www2",
        "host-m",
        "host-mobile",
        "host-amp",
        "host-prefixes-repeat",
        "host-prefix-keeps-two-labels",
        "host-amp-dev-kept",
        "host-subdomain-kept",
        "host-port-443",
        "host-port-kept",
        "host-port-leading-zeros",
        "host-port-empty",
        "host-userinfo",
        "host-trailing-dot",
        "host-punycode-kept",
        "host-punycode-case",
        "host-unicode-to-punycode",
        "host-ipv6",
        "host-ipv4",
        "path-trailing-slash",
        "path-root-slash",
        "path-root-none",
        "path-duplicate-slashes",
        "path-dot-segments",
        "path-encoded-dot-segments",
        "path-unreserved-decoded",
        "path-reserved-kept-upper",
        "path-utf8-escapes-upper",
        "path-raw-characters-encoded",
        "path-stray-percent",
        "path-case-kept",
        "path-backslash",
        "amp-trailing-segment",
        "amp-trailing-segment-slash",
        "amp-leading-segment",
        "amp-only-segment-kept",
        "amp-html",
        "amp-query-bare",
        "amp-query-1",
        "amp-query-outputtype",
        "amp-query-outputtype-other-kept",
        "amp-query-underscore",
        "amp-host",
        "amp-cache",
        "amp-cache-http",
        "amp-google-viewer",
        "amp-cache-viewer",
        "amp-cache-image-kept",
        "amp-cache-without-original-kept",
        "fragment",
        "fragment-with-query",
        "tracking-utm-prefix",
        "tracking-case-insensitive",
        "query-sorted-by-key",
        "query-sorted-by-value",
        "query-blank-values",
        "query-empty-pairs",
        "query-escapes",
        "query-space",
        "query-plus-kept",
        "query-equals-in-value",
        "query-empty",
    ],
)
def test_normalize_url(url: str, key: str) -> None:
    assert normalize_url(url) == key


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "news story",
        "example.com/a",
        "/a/b",
        "javascript:alert(1)",
        "mailto:desk@example.com",
        "ftp://example.com/a",
        "data:text/html,<p>x</p>",
        "file:///etc/passwd",
        "http:example.com/a",
        "http:///a",
        "http://",
        "http://user@/a",
        "http://:80/a",
        "http://example.com:http/a",
        "http://example.com:99999/a",
        "http://example.com:1:2/a",
        "http://[::1/a",
        "http://::1]/a",
        "http://[not-an-address]/a",
        "http://[::1]x/a",
        "http://a..b/a",
        "http://.example.com/a",
        "http://exa mple.com/a",
        "http://exa%6Dple.com/a",
        "http://exa<mple.com/a",
        "http://" + "a" * 254 + "/a",
        "http://example.com/\ud800",
        "https://" + "x.cdn.ampproject.org/c/s/" * 6 + "example.com/a",
    ],
    ids=[
        "empty",
        "blank",
        "words",
        "no-scheme-no-www",
        "relative-path",
        "javascript",
        "mailto",
        "ftp",
        "data",
        "file",
        "http-without-slashes",
        "http-empty-host",
        "http-nothing",
        "userinfo-only",
        "port-only",
        "port-not-digits",
        "port-too-large",
        "port-two-colons",
        "ipv6-unclosed",
        "ipv6-unopened",
        "ipv6-invalid",
        "ipv6-trailing-junk",
        "host-empty-label",
        "host-leading-dot",
        "host-space",
        "host-escape",
        "host-angle-bracket",
        "host-too-long",
        "lone-surrogate",
        "amp-cache-nested-too-deep",
    ],
)
def test_normalize_url_without_key(url: str) -> None:
    assert normalize_url(url) is None


@pytest.mark.parametrize("name", sorted(TRACKING_PARAMETERS))
def test_tracking_parameter_removed(name: str) -> None:
    assert normalize_url(f"https://example.com/a?{name}=x&id=7") == "https://example.com/a?id=7"
    assert normalize_url(f"https://example.com/a?{name.upper()}=x") == "https://example.com/a"


def test_amp_cache_nested_twice() -> None:
    url = "https://a.cdn.ampproject.org/c/s/b.cdn.ampproject.org/c/s/www.example.com/a/amp"
    assert normalize_url(url) == "https://example.com/a"


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("http://example.com/" + "a/" * 500_000, "https://example.com" + "/a" * 500_000),
        ("http://example.com/" + "/" * 2_000_000 + "a", "https://example.com/a"),
        ("http://example.com/" + "%" * 1_000_000, "https://example.com/" + "%25" * 1_000_000),
        ("http://example.com/a?" + "utm_x=1&" * 250_000, "https://example.com/a"),
        ("http://example.com/" + "amp/" * 500_000 + "a", "https://example.com/a"),
        ("http://example.com/a" + ".amp" * 500_000 + ".html", "https://example.com/a.html"),
        ("http://" + "www." * 500_000 + "example.com/a", None),
        ("http://" + "@" * 2_000_000 + "example.com/a", "https://example.com/a"),
        ("http://example.com:" + "0" * 2_000_000 + "81/a", "https://example.com:81/a"),
        ("http://[" + ":" * 2_000_000 + "]/a", None),
        ("x" * 3_000_000, None),
    ],
    ids=[
        "many-segments",
        "many-slashes",
        "many-percents",
        "many-parameters",
        "many-amp-segments",
        "many-amp-suffixes",
        "many-host-labels",
        "many-at-signs",
        "long-port",
        "long-ipv6",
        "long-garbage",
    ],
)
def test_normalize_url_huge_input(url: str, key: str | None) -> None:
    assert normalize_url(url) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("http://www.example.com/story/?utm_medium=social", "https://example.com/story", True),
        ("https://amp.example.com/story/amp", "https://example.com/story#comments", True),
        ("https://example.com/story?page=2", "https://example.com/story", False),
        ("https://example.com/Story", "https://example.com/story", False),
        ("javascript:void(0)", "javascript:void(0)", False),
        ("", "", False),
        ("https://example.com/a", "not a url", False),
    ],
    ids=[
        "tracking-and-www",
        "amp-and-fragment",
        "query-differs",
        "path-case",
        "no-key",
        "empty",
        "one-has-no-key",
    ],
)
def test_same_article(a: str, b: str, same: bool) -> None:
    assert same_article(a, b) is same
    assert same_article(b, a) is same


def test_text_key_format() -> None:
    digest = hashlib.sha256(b"shares fell on monday.").hexdigest()[:24]
    assert text_key("Shares fell on Monday.") == "text:" + digest


def test_text_key_is_stable() -> None:
    # Pinned: stored keys must keep meeting the documents they came from.
    assert text_key("Shares fell on Monday.") == "text:0bfc8f0ac42c319fd3345683"
    assert (
        text_key("Shares fell on Monday.", "Markets")
        == "text:" + (hashlib.sha256(b"shares fell on monday.\x00markets").hexdigest()[:24])
    )


@pytest.mark.parametrize(
    ("variant", "same"),
    [
        ("  Shares fell\n\ton   Monday.  ", True),
        ("SHARES FELL ON MONDAY.", True),
        ("Ｓｈａｒｅｓ fell on Monday.", True),
        ("Shares fell\u00a0on Monday.", True),
        ("Shares fell on Monday!", False),
        ("Shares rose on Monday.", False),
    ],
    ids=["whitespace", "case", "nfkc", "no-break-space", "punctuation-counts", "words-count"],
)
def test_text_key_normalisation(variant: str, same: bool) -> None:
    assert (text_key(variant) == text_key("Shares fell on Monday.")) is same


@pytest.mark.parametrize(
    ("title", "same"),
    [
        (None, True),
        ("", True),
        ("—!", True),
        ("Markets", False),
    ],
    ids=["none", "empty", "only-punctuation", "title"],
)
def test_text_key_title(title: str | None, same: bool) -> None:
    assert (text_key("Shares fell.", title) == text_key("Shares fell.")) is same


def test_text_key_title_uses_title_key() -> None:
    assert text_key("x", "Markets — Today") == text_key("x", "markets today")


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("China Rebuffs Pentagon Chief — For Talks!", "china rebuffs pentagon chief for talks"),
        ("China Rebuffs Pentagon Chief—For Talks", "china rebuffs pentagon chief for talks"),
        ("“Quoted” and ‘single’", "quoted and single"),
        ("\"Quoted\" and 'single'", "quoted and single"),
        ("Biden’s plan", "bidens plan"),
        ("U.S. and U.K. agree", "us and uk agree"),
        ("Rates rise 3.5 percent", "rates rise 35 percent"),
        ("Wait…what?", "wait what"),
        ("Left/Right: a guide", "left right a guide"),
        ("  Many \n spaces\t", "many spaces"),
        ("ＦＵＬＬＷＩＤＴＨ", "fullwidth"),
        ("Straße", "strasse"),
        ("Stocks $5 up", "stocks $5 up"),
        ("", ""),
    ],
    ids=[
        "design-example",
        "unspaced-dash",
        "typographic-quotes",
        "ascii-quotes",
        "apostrophe",
        "abbreviations",
        "decimal",
        "ellipsis",
        "slash-and-colon",
        "whitespace",
        "nfkc",
        "casefold",
        "symbols-kept",
        "empty",
    ],
)
def test_title_key(title: str, key: str) -> None:
    assert title_key(title) == key


@pytest.mark.parametrize(
    ("title", "key"),
    [
        (
            "China Rebuffs Pentagon Chief — For Talks!",
            "inferred:reuters:china rebuffs pentagon chief for talks",
        ),
        (None, "inferred:reuters:text:0bfc8f0ac42c319fd3345683"),
        ("", "inferred:reuters:text:0bfc8f0ac42c319fd3345683"),
        ("!!!", "inferred:reuters:text:0bfc8f0ac42c319fd3345683"),
    ],
    ids=["title", "no-title", "empty-title", "punctuation-title"],
)
def test_inferred_key(title: str | None, key: str) -> None:
    assert inferred_key("reuters", title, "text:0bfc8f0ac42c319fd3345683") == key


def test_inferred_key_long_title() -> None:
    title = "word " * 100
    key = inferred_key("reuters", title + "one", "text:0")
    digest = hashlib.sha256(f"inferred:reuters:{title}one".encode()).hexdigest()[:12]
    assert key == ("inferred:reuters:" + title)[:287].rstrip() + "~" + digest
    assert len(key) <= 300


def test_inferred_key_long_titles_sharing_a_beginning_differ() -> None:
    title = "word " * 100
    assert inferred_key("reuters", title + "one", "text:0") != inferred_key(
        "reuters", title + "two", "text:0"
    )


def test_inferred_key_at_the_limit_is_kept() -> None:
    title = "a" * (300 - len("inferred:reuters:"))
    assert inferred_key("reuters", title, "text:0") == "inferred:reuters:" + title


_LABELS = st.sampled_from(
    [
        "www",
        "www2",
        "m",
        "amp",
        "mobile",
        "Example",
        "news",
        "com",
        "co",
        "uk",
        "xn--r8jz45g",
        "例え",
        "cdn",
        "ampproject",
        "org",
        "google",
        "a-b",
        "1",
    ]
)
_SEGMENTS = st.one_of(
    st.sampled_from(
        ["", ".", "..", "amp", "s", "c", "a.amp.html", "%2E", "%7e", "%2f", "%", "%zz", "A", "é", "a b", "\\"]
    ),
    st.text(alphabet=string.printable, max_size=6),
)
_PARAMETERS = st.one_of(
    st.sampled_from(["utm_source", "FBCLID", "amp", "outputType", "_amp", "id", "a", "B", "", "%7e", "q+1"]),
    st.text(alphabet=string.ascii_letters + "%&=+ ", max_size=5),
)


@st.composite
def _urls(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["http://", "https://", "HTTP://", "//", "", "http:\\\\"]))
    userinfo = draw(st.sampled_from(["", "user@", "u:p@"]))
    host = ".".join(draw(st.lists(_LABELS, min_size=1, max_size=5)))
    if prefix == "":
        host = "www." + host
    host += draw(st.sampled_from(["", ".", ":80", ":443", ":8080", ":0081", ":x"]))
    path = "/".join(draw(st.lists(_SEGMENTS, max_size=6)))
    pairs = draw(st.lists(st.tuples(_PARAMETERS, _PARAMETERS), max_size=5))
    query = "&".join(f"{k}={v}" for k, v in pairs)
    fragment = draw(st.sampled_from(["", "#top", "#!/x?y=1"]))
    return f"{prefix}{userinfo}{host}/{path}" + (f"?{query}" if pairs else "") + fragment


def _assert_key_properties(url: str) -> None:
    key = normalize_url(url)
    if key is None:
        return
    assert normalize_url(key) == key
    parts = urlsplit(key)
    assert parts.scheme == "https"
    assert parts.hostname
    assert not parts.fragment
    assert key.isascii()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_url_any_text_is_idempotent(url: str) -> None:
    _assert_key_properties(url)


@settings(max_examples=300, deadline=None)
@given(_urls())
def test_normalize_url_url_like_text_is_idempotent(url: str) -> None:
    _assert_key_properties(url)


@settings(max_examples=300, deadline=None)
@given(_urls())
def test_normalize_url_fragment_never_counts(url: str) -> None:
    base = url.rstrip()
    assert normalize_url(base + "#elsewhere") == normalize_url(base)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text()))
def test_text_key_shape(text: str, title: str | None) -> None:
    key = text_key(text, title)
    assert key.startswith("text:")
    assert len(key) == 29
    assert set(key[5:]) <= set(string.hexdigits.lower())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=600)), st.text(max_size=400))
def test_inferred_key_fits(outlet_id: str, title: str | None, fallback: str) -> None:
    assert len(inferred_key(outlet_id, title, fallback)) <= 300
