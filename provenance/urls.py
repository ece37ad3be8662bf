"""Article keys: one name per article, however a page, a link or a copy spells it.

A key is how provenance knows that two mentions are the same article. The link in a statement
("first published by Reuters at https://www.reuters.com/world/x/?utm_source=twitter"), the AMP page
a reader shared and the canonical URL of the page itself all reduce to one key, so the graph gets
one node for the article and not three. There are three kinds of key, all plain strings:

- ``https://host/path?query``, from :func:`normalize_url`, for anything with an http(s) URL;
- ``text:<24 hex digits>``, from :func:`text_key`, for a document that has no URL;
- ``inferred:<outlet id>:<title key>``, from :func:`inferred_key`, for an article a statement
  only names; it merges into the real article once that is ingested with the same outlet and
  :func:`title_key`.

Everything here is a pure function of its arguments and uses only the standard library. No
function raises on a string: text that is not an http(s) URL with a host has no URL key (``None``).

>>> normalize_url("http://WWW.Example.com:80/News/Story/?utm_source=x&b=2&a=1#top")
'https://example.com/News/Story?a=1&b=2'
>>> same_article("https://amp.example.com/news/story/amp", "http://example.com/news/story")
True
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import string
import unicodedata
from functools import lru_cache
from urllib.parse import quote

__all__ = [
    "TRACKING_PARAMETERS",
    "TRACKING_PREFIXES",
    "WRAPPER_HOSTS",
    "inferred_key",
    "normalize_url",
    "same_article",
    "text_key",
    "title_key",
    "unwrap_archive",
]

# Hosts whose pages stand for another site's: web archives and news readers. An address on them
# names no publisher (`unwrap_archive` reads the original inside a Wayback Machine address).
WRAPPER_HOSTS = frozenset(
    {
        "web.archive.org",
        "wayback.archive.org",
        "archive.org",
        "archive.ph",
        "archive.today",
        "archive.is",
        "archive.li",
        "archive.md",
        "news.google.com",
        "webcache.googleusercontent.com",
    }
)
_WAYBACK = re.compile(
    r"^(?:https?:)?//(?:web\.|wayback\.)?archive\.org/web/\d{1,14}(?:[a-z]{2}_)?/+(?P<inner>.+)$",
    re.IGNORECASE,
)


def unwrap_archive(url: str) -> str:
    """The original address inside a Wayback Machine address, else ``url`` as it is (a saved page
    keeps its links, and its canonical tag, rewritten to the archive's copies).

    >>> unwrap_archive("https://web.archive.org/web/20170102030405/https://www.example.com/a/story")
    'https://www.example.com/a/story'
    >>> unwrap_archive("http://web.archive.org/web/20170102030405im_/http://www.example.com/photo.jpg")
    'http://www.example.com/photo.jpg'
    >>> unwrap_archive("https://www.example.com/a/story")
    'https://www.example.com/a/story'
    """
    found = _WAYBACK.match(url.strip())
    if found is None:
        return url
    inner = found.group("inner")
    if inner.lower().startswith(("http:/", "https:/")) and "://" not in inner[:10]:
        inner = inner.replace(":/", "://", 1)  # a slash lost on the way ("https:/www...")
    return inner if "://" in inner[:10] else "https://" + inner


# Query parameters that record how a reader arrived, never which article they read. Stored in lower
# case and matched case-insensitively (the Guardian writes "CMP", others "cmp").
TRACKING_PARAMETERS = frozenset(
    {
        # Ad-click identifiers that ad networks append to every landing URL: Google Ads (gclid, dclid,
        # gbraid, wbraid), Meta (fbclid), Microsoft Ads (msclkid), Yandex (yclid), TikTok (ttclid),
        # X/Twitter (twclid), LinkedIn (li_fat_id).
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "fbclid",
        "msclkid",
        "yclid",
        "ttclid",
        "twclid",
        "li_fat_id",
        # Analytics linkers and search-result click records: Google Analytics cross-domain (_ga,
        # _gl), Google Search (ved, ei), Alibaba's page-position marker (spm).
        "_ga",
        "_gl",
        "ved",
        "ei",
        "spm",
        # Newsletter and e-mail campaign tools: Mailchimp (mc_cid, mc_eid), HubSpot (_hsenc, _hsmi),
        # Marketo (mkt_tok).
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        # Share buttons and embeds: Instagram (igshid), embedded tweets (ref_src, ref_url,
        # __twitter_impression), the New York Times' social links (smid, sr_share) and the generic
        # share/partner markers sites add to links they hand out.
        "igshid",
        "ref_src",
        "ref_url",
        "__twitter_impression",
        "smid",
        "sr_share",
        "share",
        "partner",
        # Publishers' own campaign codes: Adobe Analytics (s_cid), AT Internet as the BBC uses it
        # (at_medium, at_campaign), Yahoo and MSN syndication (ncid, ocid, taid), and the generic
        # campaign ids of many news sites (cmpid, cmp, ito).
        "s_cid",
        "at_medium",
        "at_campaign",
        "ncid",
        "ocid",
        "taid",
        "cmpid",
        "cmp",
        "ito",
        # Yahoo's consent redirect, which leaves its bookkeeping on the article URL.
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
    }
)

# Families of tracking parameters named by prefix: Google Analytics campaign tags (utm_source, ...).
TRACKING_PREFIXES = ("utm_",)

# Query parameters that only ask for the AMP rendering of the same article.
_AMP_PARAMETERS = frozenset({"amp", "_amp"})

# Host labels that name a rendering of a site rather than a different site.
_RENDERING_LABELS = frozenset({"www", "m", "mobile", "amp"})

# The AMP caches that serve a copy of a publisher's page under their own host.
_AMP_CACHE_SUFFIX = ".cdn.ampproject.org"
_AMP_CACHE_KINDS = frozenset({"c", "v"})

_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_HEX = frozenset(string.hexdigits)
# RFC 3986 keeps these as they are in a path or a query; anything else is percent-encoded.
_PATH_SAFE = "!$&'()*+,;=:@/"
_QUERY_SAFE = "!$&'()*+,;=:@/?"
# A host is an RFC 3986 reg-name without escapes: unreserved characters and sub-delimiters.
_HOST_CHARS = _UNRESERVED | frozenset("!$&'()*+,;=")
_MAX_HOST = 253  # the longest DNS name
_MAX_IPV6 = 45  # the longest textual IPv6 address
# Wrapped AMP cache URLs unwrapped before giving up; real ones nest once.
_MAX_UNWRAP = 4
# Browsers drop tabs and newlines anywhere in a URL and C0 controls and spaces around it.
_TAB_NEWLINE = str.maketrans("", "", "\t\n\r")
_C0_SPACE = "".join(map(chr, range(0x21)))

_MAX_KEY = 300
_APOSTROPHES = frozenset("'‘’ʼ`")
# An ASCII title's punctuation read as a space, its apostrophes dropped, in one `str.translate`;
# a period between letters or digits ("u.s.", "3.5") is dropped before.
_ASCII_TITLE = {
    code: (None if chr(code) in _APOSTROPHES else " ")
    for code in range(128)
    if chr(code) in _APOSTROPHES or unicodedata.category(chr(code)).startswith("P")
}
_INNER_PERIOD = re.compile(r"(?<=[a-z0-9])\.(?=[a-z0-9])")


def normalize_url(url: str) -> str | None:
    """The article key of ``url``: one spelling for every way of writing the same article's URL.

    The key is itself a URL, ``https://host/path?query``:

    - scheme: ``http`` and ``https`` become ``https``; ``//host/path`` and ``www.host/path``
      count as https; any other scheme (``javascript:``, ``mailto:``, ``ftp:``), ``http:`` not
      followed by ``//`` and a bare ``example.com/a`` have no key;
    - host: lower case, without user info, a default port (80, 443) or a trailing dot; leading
      ``www.``, ``www2.``, ``m.``, ``mobile.`` and ``amp.`` labels dropped while two labels
      remain; a Unicode host IDNA-encoded to its ``xn--`` form (punycode is kept as it is); an
      IPv6 address in its compressed form; a host of more than 253 characters, with an empty
      label or with characters outside RFC 3986 names, or a port outside 0-65535, has no key;
    - path: case kept; ``.`` and ``..`` segments resolved; empty segments and the trailing slash
      dropped, so the root path is ``""``; escapes of unreserved characters decoded, other
      escapes in upper case, other characters percent-encoded as UTF-8; ``\\`` read as ``/``;
    - AMP: an ``amp`` segment at either end of a longer path, ``*.amp.html``, the query
      parameters ``amp``, ``_amp`` and ``outputType=amp``, and the wrappers of the AMP cache
      (``*.cdn.ampproject.org/c/s/...``) and Google's AMP viewer (``google.com/amp/s/...``) fold
      to the publisher's own URL (wrappers nested more than four deep have no key);
    - query: :data:`TRACKING_PARAMETERS` and ``utm_*`` removed (any case), the rest sorted by
      (key, value) with a blank value written ``key=``; ``+`` is kept as it is, not read as a space;
    - fragment: dropped.

    Parameters
    ----------
    url : str
        A URL as found: in a link, a canonical tag, a statement or typed by a user.

    Returns
    -------
    str or None
        The key, or ``None`` when ``url`` is not an http(s) URL with a valid host.

    Examples
    --------
    >>> normalize_url("http://WWW.Example.com:80/News/Story/?utm_source=x&b=2&a=1#top")
    'https://example.com/News/Story?a=1&b=2'
    >>> normalize_url("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a/story.amp.html")
    'https://example.com/a/story.html'
    >>> normalize_url("www.example.com/a%7eb/%c3%a9?fbclid=1&q=x%2fy")
    'https://example.com/a~b/%C3%A9?q=x%2Fy'
    >>> normalize_url("mailto:desk@example.com") is None
    True
    """
    text = url.translate(_TAB_NEWLINE).strip(_C0_SPACE)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates are not text
            return None
    for _ in range(_MAX_UNWRAP + 1):
        parts = _split(text)
        if parts is None:
            return None
        host, port, segments, query = parts
        inner = _unwrap_amp(host, segments, query)
        if inner is None:
            return _unsplit(host, port, _fold_amp_path(segments), query)
        text = inner
    return None


def same_article(a: str, b: str) -> bool:
    """Whether two URLs name the same article: equal keys, and never for something that has none.

    Examples
    --------
    >>> same_article("http://www.example.com/story/?utm_medium=social", "https://example.com/story")
    True
    >>> same_article("javascript:void(0)", "javascript:void(0)")
    False
    """
    key = normalize_url(a)
    return key is not None and key == normalize_url(b)


def text_key(text: str, title: str | None = None) -> str:
    """The key of a document without a URL: the same text, spaced or cased differently, same key.

    ``"text:"`` and the first 24 hex digits of the SHA-256 of the UTF-8 of the normalised text
    (NFKC, case-folded, every run of whitespace one space, stripped), followed, when the title
    has a :func:`title_key`, by ``"\\x00"`` and that title key. The recipe is part of the stored
    data: keys written by one version must be found by the next, so it does not change.

    Parameters
    ----------
    text : str
        The document's text.
    title : str, optional
        Its title; a title with an empty :func:`title_key` counts as none.

    Examples
    --------
    >>> text_key("Shares fell on Monday.")
    'text:0bfc8f0ac42c319fd3345683'
    >>> text_key("  SHARES fell\\n on   Monday. ") == text_key("Shares fell on Monday.")
    True
    >>> text_key("Shares fell on Monday.", title="Markets") == text_key("Shares fell on Monday.")
    False
    """
    payload = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    name = title_key(title) if title is not None else ""
    if name:
        payload += "\x00" + name
    return "text:" + _sha256(payload)[:24]


@lru_cache(maxsize=1 << 16)
def title_key(title: str) -> str:
    """The form of a title that matches a named article to the real one, whatever the typography.

    NFKC, case-folded; apostrophes and the periods inside abbreviations and numbers ("U.S.",
    "3.5") removed; every other punctuation mark (typographic quotes, dashes, slashes, ellipses)
    read as a space; whitespace collapsed and stripped.

    Examples
    --------
    >>> title_key("China Rebuffs Pentagon Chief — For Talks!")
    'china rebuffs pentagon chief for talks'
    >>> title_key("U.S.-China talks: ‘We’re ready’…what next?")
    'us china talks were ready what next'
    """
    if title.isascii():
        return " ".join(_INNER_PERIOD.sub("", title.lower()).translate(_ASCII_TITLE).split())
    text = unicodedata.normalize("NFKC", title).casefold()
    last = len(text) - 1
    out = []
    for i, char in enumerate(text):
        if char in _APOSTROPHES:
            continue
        if not unicodedata.category(char).startswith("P"):
            out.append(char)
        elif not (char == "." and 0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum()):
            out.append(" ")
    return " ".join("".join(out).split())


def inferred_key(outlet_id: str, title: str | None, fallback: str) -> str:
    """The key of an article that a statement names but that is not in the store (yet).

    ``"inferred:<outlet_id>:<title_key(title)>"``, or ``"inferred:<outlet_id>:<fallback>"`` when
    there is no title or its title key is empty. Keys longer than 300 characters are cut to fit
    and end in ``~`` and 12 hex digits of the SHA-256 of the whole key, so long titles that share
    a beginning still get different keys.

    Parameters
    ----------
    outlet_id : str
        The outlet the statement credits.
    title : str or None
        The article's title as the statement gives it.
    fallback : str
        The key to use without a title, usually the :func:`text_key` of the copy.

    Examples
    --------
    >>> inferred_key("reuters", "China Rebuffs Pentagon Chief — For Talks!", "text:0")
    'inferred:reuters:china rebuffs pentagon chief for talks'
    >>> inferred_key("reuters", None, "text:0bfc8f0ac42c319fd3345683")
    'inferred:reuters:text:0bfc8f0ac42c319fd3345683'
    >>> len(inferred_key("reuters", "word " * 200, "text:0")) <= 300
    True
    """
    name = title_key(title) if title is not None else ""
    key = f"inferred:{outlet_id}:{name or fallback}"
    if len(key) <= _MAX_KEY:
        return key
    return key[: _MAX_KEY - 13].rstrip() + "~" + _sha256(key)[:12]


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _split(text: str) -> tuple[str, str, list[str], str] | None:
    """Host, port (``""`` or ``":8080"``), path segments and raw query of an http(s) URL."""
    text = text.partition("#")[0]
    text, _, query = text.partition("?")
    text = text.replace("\\", "/")
    if text.startswith("//"):
        rest = text[2:]
    elif text[:4].lower() == "www.":
        rest = text
    else:
        scheme, colon, after = text.partition(":")
        if not colon or scheme.lower() not in ("http", "https") or not after.startswith("//"):
            return None
        rest = after[2:]
    netloc, _, path = rest.partition("/")
    host_port = _host_port(netloc.rpartition("@")[2])
    if host_port is None:
        return None
    return host_port[0], host_port[1], _path_segments(path), query


def _host_port(text: str) -> tuple[str, str] | None:
    if text.startswith("["):
        address, bracket, port = text[1:].partition("]")
        if not bracket or (port and not port.startswith(":")):
            return None
        host = _ipv6(address)
        port = port[1:]
    else:
        name, _, port = text.partition(":")
        host = _domain(name)
    written_port = _port(port)
    if host is None or written_port is None:
        return None
    return host, written_port


def _ipv6(address: str) -> str | None:
    if len(address) > _MAX_IPV6 or "%" in address:
        return None
    try:
        return f"[{ipaddress.IPv6Address(address).compressed}]"
    except ValueError:
        return None


def _domain(name: str) -> str | None:
    host = name.lower().rstrip(".")
    if len(host) > _MAX_HOST:
        return None
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii").rstrip(".")
        except UnicodeError:
            return None
    if not host or len(host) > _MAX_HOST or not _HOST_CHARS.issuperset(host):
        return None
    labels = host.split(".")
    if "" in labels:
        return None
    start = 0
    while len(labels) - start > 2 and _is_rendering_label(labels[start]):
        start += 1
    return ".".join(labels[start:])


def _is_rendering_label(label: str) -> bool:
    return label in _RENDERING_LABELS or (label.startswith("www") and label[3:].isdigit())


def _port(text: str) -> str | None:
    if not text:
        return ""
    if not (text.isascii() and text.isdigit()):
        return None
    digits = text.lstrip("0") or "0"
    if len(digits) > 5 or int(digits) > 65535:
        return None
    return "" if digits in ("80", "443") else ":" + digits


def _requote(text: str, safe: str) -> str:
    """``text`` with one spelling per character: escapes of unreserved characters decoded, other
    escapes in upper case, a stray ``%`` and characters outside ``safe`` percent-encoded."""
    head, *pieces = text.split("%")
    out = [quote(head, safe=safe)]
    for piece in pieces:
        code = piece[:2]
        if len(code) == 2 and _HEX.issuperset(code):
            char = chr(int(code, 16))
            out.append(char if char in _UNRESERVED else "%" + code.upper())
            out.append(quote(piece[2:], safe=safe))
        else:
            out.append("%25")
            out.append(quote(piece, safe=safe))
    return "".join(out)


def _path_segments(path: str) -> list[str]:
    segments: list[str] = []
    for segment in _requote(path, _PATH_SAFE).split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment and segment != ".":
            segments.append(segment)
    return segments


def _fold_amp_path(segments: list[str]) -> list[str]:
    start, end = 0, len(segments)
    while end - start > 1 and segments[start] == "amp":
        start += 1
    while end - start > 1 and segments[end - 1] == "amp":
        end -= 1
    kept = segments[start:end]
    if kept and kept[-1].endswith(".amp.html"):
        stem = len(kept[-1]) - len(".html")
        while stem > len(".amp") and kept[-1][stem - len(".amp") : stem] == ".amp":
            stem -= len(".amp")
        kept[-1] = kept[-1][:stem] + ".html"
    return kept


def _unwrap_amp(host: str, segments: list[str], query: str) -> str | None:
    """The publisher's URL inside an AMP cache or viewer URL, or None for any other URL."""
    if host.startswith("google.") and host.count(".") <= 2 and segments[:1] == ["amp"]:
        inner = segments[1:]
    elif host.endswith(_AMP_CACHE_SUFFIX):
        folded = _fold_amp_path(segments)
        if not folded or folded[0] not in _AMP_CACHE_KINDS:
            return None
        inner = folded[1:]
    else:
        return None
    if inner[:1] == ["s"]:  # "s" marks an https original
        inner = inner[1:]
    if not inner:
        return None
    return "//" + "/".join(inner) + ("?" + query if query else "")


def _unsplit(host: str, port: str, segments: list[str], query: str) -> str:
    pairs = []
    for item in _requote(query, _QUERY_SAFE).split("&"):
        key, _, value = item.partition("=")
        if (key or value) and _is_article_parameter(key, value):
            pairs.append((key, value))
    path = "".join("/" + segment for segment in segments)
    written_query = "&".join(f"{key}={value}" for key, value in sorted(pairs))
    return f"https://{host}{port}{path}" + ("?" + written_query if written_query else "")


def _is_article_parameter(key: str, value: str) -> bool:
    name = key.lower()
    if name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES) or name in _AMP_PARAMETERS:
        return False
    return not (name == "outputtype" and value.lower() == "amp")
