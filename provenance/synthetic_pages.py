"""A synthetic corpus of HTML pages whose outlets go by names that share nothing with their domains.

The stories, chains and crawl order are those of `provenance.synthetic`; what changes is how a
reader meets the outlets. A share of them (``renamed``) live on a domain made up apart from their
name ("Coastal Observer" at ``coxvel.net``), so that a credit by name and a page by address meet
only if the names each site gives itself are learned: every page says its own outlet's name in one
or more of ``og:site_name``, a JSON-LD ``publisher``, ``application-name`` and a ``<title>``
suffix ("... | Coastal Observer"). A share of the credits (``linked``) link the credited name to
its outlet's home page or to the credited article ("appeared first on <a href=...>Coastal
Observer</a>"), the others name it only. Pages come in the crawl order of `provenance.synthetic`:
stories interleaved, an outlet's pages spread over the whole corpus, a parent after its child one
time in five; an outlet's name is met in a credit before any page of its own about as often as not.

`score` ingests nothing: it reads a store that holds such a corpus and counts, for every copy,
whether `origin` finds the true origin and whether the path it gives is the true chain.

>>> docs = list(generate_pages(30, seed=2))
>>> sorted(docs[0].as_json())
['html', 'id', 'published', 'url']
"""

from __future__ import annotations

import html
import json
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.extractors import default_registry
from provenance.resolver import name_key, registered_domain
from provenance.synthetic import (
    FEED_FOOTER,
    SELF_CREDIT,
    SyntheticDoc,
    _check,
    _document,
    _Node,
    _Outlet,
    _placed,
    _write,
)

if TYPE_CHECKING:
    from provenance.store import Store

__all__ = ["PageScore", "generate_pages", "score", "write_pages"]

RENAMED_SHARE = 0.25  # of outlets: a domain that shares nothing with the name
LINKED_SHARE = 0.5  # of credits: the credited name is a link
_SYLLABLES = "ka vel mor tis dun bra xo lem qui zor fen pal tor vix sen gou rim lok".split()
_SUFFIXES = (".net", ".org", ".com", ".info", ".co.uk", ".news")


def generate_pages(
    n: int, *, seed: int = 0, max_depth: int = 6, renamed: float = RENAMED_SHARE, linked: float = LINKED_SHARE
) -> Iterator[SyntheticDoc]:
    """Generate ``n`` HTML pages with known chains (see the module docstring), deterministically."""
    _check(n, max_depth)
    return (doc for doc, _ in _pages(n, seed, max_depth, renamed, linked))


def write_pages(
    path: str | os.PathLike[str],
    n: int,
    *,
    seed: int = 0,
    max_depth: int = 6,
    renamed: float = RENAMED_SHARE,
    linked: float = LINKED_SHARE,
) -> Path:
    """Write `generate_pages` as `provenance.synthetic.write_corpus` writes a corpus: ``corpus.jsonl``
    (one page a line, its HTML in ``html``) and ``truth.jsonl``. Returns the path of ``corpus.jsonl``."""
    _check(n, max_depth)
    return _write(Path(path), _pages(n, seed, max_depth, renamed, linked))


def _pages(
    n: int, seed: int, max_depth: int, renamed: float, linked: float
) -> Iterator[tuple[SyntheticDoc, str | None]]:
    # The page's own choices (which tags, which links) come from a generator of their own: the
    # stories are those of `provenance.synthetic` with the same seed.
    rng = random.Random(f"pages-{seed}")
    for story, node, numbers, urls in _placed(n, seed, max_depth, lambda pool: _rename(pool, renamed, rng)):
        doc = _document(node, numbers, urls[node.index])
        page = _page(rng, node, story, urls, linked)
        yield replace(doc, html=page), urls[0]


def _rename(pool: list[_Outlet], share: float, rng: random.Random) -> list[_Outlet]:
    """The pool with a ``share`` of its outlets moved to made-up domains no name leads to."""
    registry = default_registry()
    taken = {name_key(o.name) for o in pool} | {name_key(o.domain) for o in pool}
    out = []
    for outlet in pool:
        if rng.random() >= share:
            out.append(outlet)
            continue
        initials = "".join(word[0] for word in outlet.name.lower().split())
        while True:
            label = initials + "".join(rng.choice(_SYLLABLES) for _ in range(2))
            domain = label + rng.choice(_SUFFIXES)
            if label not in taken and registry.lookup(domain) is None and registered_domain(domain):
                break
        taken.add(label)
        out.append(_Outlet(outlet.name, domain))
    return out


def _home(outlet: _Outlet) -> str:
    return f"https://{outlet.domain}/"


def _named(rng: random.Random, outlet: _Outlet, linked: float, article: str | None = None) -> str:
    """An outlet's name as a credit writes it: a link (to its home page or to ``article``), or not."""
    name = html.escape(outlet.name)
    if rng.random() >= linked:
        return name
    href = article if article is not None and rng.random() < 0.5 else _home(outlet)
    return f'<a href="{html.escape(href)}">{name}</a>'


def _page(rng: random.Random, node: _Node, story: list[_Node], urls: list[str | None], linked: float) -> str:
    """The HTML of one document: its own name in its head, its lines as paragraphs, links in credits."""
    outlet = node.outlet
    name = html.escape(outlet.name)
    title = html.escape(node.title)
    head = ['<meta charset="utf-8">']
    # Every page names its outlet at least once; most in more than one way.
    ways = {"og": rng.random() < 0.7, "ld": rng.random() < 0.4, "app": rng.random() < 0.15}
    if not any(ways.values()):
        ways["og"] = True
    suffix = rng.random() < 0.6
    head.append(f"<title>{title}{rng.choice((' | ', ' - ')) + name if suffix else ''}</title>")
    head.append(f'<meta property="og:title" content="{title}">')
    if ways["og"]:
        head.append(f'<meta property="og:site_name" content="{name}">')
    if ways["app"]:
        head.append(f'<meta name="application-name" content="{name}">')
    if ways["ld"]:
        item = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": node.title,
            "publisher": {"@type": "Organization", "name": outlet.name, "url": _home(outlet)},
        }
        head.append(f'<script type="application/ld+json">{json.dumps(item)}</script>')
    parent = story[node.parent] if node.parent >= 0 else None
    footer = FEED_FOOTER.format(title=parent.title, outlet=parent.outlet.name) if parent is not None else None
    own = SELF_CREDIT.format(outlet=outlet.name)
    body = []
    for line in node.text.split("\n"):
        if node.credit is not None and line == node.credit and node.credited is not None:
            credited = node.credited
            before, _, after = line.partition(credited.name)
            line_html = html.escape(before) + _named(rng, credited, linked) + html.escape(after)
        elif parent is not None and line == footer:
            source = urls[parent.index]
            post = html.escape(parent.title)
            if source is not None and rng.random() < linked:
                post = f'<a href="{html.escape(source)}">{post}</a>'
            line_html = f"The post {post} appeared first on {_named(rng, parent.outlet, linked)}."
        elif parent is None and line == own:
            line_html = f"Originally published on {_named(rng, outlet, linked)}."
        else:
            line_html = html.escape(line)
        body.append(f"<p>{line_html}</p>")
    body[0] = f"<h1>{title}</h1>"
    return f"<!doctype html><html><head>{''.join(head)}</head><body><article>{''.join(body)}</article></body></html>"


# ---------------------------------------------------------------- scoring


@dataclass(frozen=True)
class PageScore:
    """How many copies `origin` traced right: to the true origin, and by the true path."""

    copies: int
    origin_right: int
    path_exact: int

    @property
    def origin_share(self) -> float:
        return self.origin_right / self.copies if self.copies else 1.0

    @property
    def path_share(self) -> float:
        return self.path_exact / self.copies if self.copies else 1.0


def score(store: Store, corpus: str | os.PathLike[str]) -> PageScore:
    """Score `origin` on every copy of a corpus that `write_pages` (or `write_corpus`) wrote and
    that ``store`` holds: the origin is right when the best one is the true origin's article, the
    path exact when it runs through the true chain's articles, origin first, the copy last."""
    from provenance.graph import graph_around
    from provenance.queries import origin
    from provenance.urls import normalize_url

    corpus = Path(corpus)
    truth = [
        json.loads(line) for line in (corpus.parent / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    facts = {fact["id"]: fact for fact in truth}
    copies = right = exact = 0
    for line_number, fact in enumerate(truth, 1):
        if fact["parent_id"] is None:
            continue
        copies += 1
        found = store.find_articles(fact["url"] or f"{corpus}:{line_number}")
        if len(found) != 1:
            continue
        article = found[0]
        origins = origin(graph_around(store, article.id), article.id)
        if not origins:
            continue
        chain = [fact]
        while chain[-1]["parent_id"] is not None:
            chain.append(facts[chain[-1]["parent_id"]])
        want = [normalize_url(f["url"]) if f["url"] else None for f in reversed(chain)]
        want[-1] = article.id  # a copy without an address is keyed by its text
        best = origins[0]
        right += best.article.id == want[0]
        exact += [a.id for a in best.path.articles] == want
    return PageScore(copies, right, exact)
