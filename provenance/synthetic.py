"""A synthetic news corpus whose syndication chains are known, for tests and benchmarks.

`generate` yields documents made up from word lists and a seed: stories that start at one
invented outlet and are copied along a tree of other outlets, each copy crediting only the
document it was copied from, in the wordings the extractor understands ("Originally published
by X", "The post <title> appeared first on X.", ...). Some copies are feed copies with two
layers (their parent's own credit line inside, the parent's feed footer outside); about a tenth
of the stories are wire stories opening with a dateline; about a fifth of the documents are
standalone originals. Texts also carry what must not be read as a credit: quote attributions
("told Reuters"), related-article lists, picture credits and self-credits.

Every document keeps its truth (``origin_id``, ``parent_id``, ``depth``, ``outlet``);
`SyntheticDoc.as_json` is what a reader sees. The output depends only on ``(n, seed,
max_depth)``, comes out as a stream in bounded memory, and arrives roughly as a crawl would:
interleaved stories, and a parent after its child about one time in five.

Outlets are invented ("Harbor Ledger", "Valley Courier Daily") and never a name the bundled
registry knows; an outlet's domain is its name without spaces, lower-cased, plus ``.com``
("harborledger.com"), so that a credit by name and a URL by domain resolve to the same outlet.

>>> docs = list(generate(40, seed=3))
>>> len(docs), docs[0].id
(40, 'syn-000000')
>>> sorted(docs[0].as_json())
['id', 'published', 'text', 'title', 'url']
"""

from __future__ import annotations

import html
import io
import json
import os
import random
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import TypeVar

from provenance.extractors import default_registry
from provenance.resolver import BRAND_SUFFIXES, name_key

_T = TypeVar("_T")

__all__ = [
    "CREDIT_TEMPLATES",
    "FEED_FOOTER",
    "CopyNetwork",
    "SyntheticDoc",
    "generate",
    "generate_network",
    "write_corpus",
    "write_network_corpus",
]

# The body credits a copy may carry, each checked against the extractor (tests/test_synthetic.py).
CREDIT_TEMPLATES: tuple[str, ...] = (
    "Originally published by {outlet}",
    "This article was originally published on {outlet}.",
    "This story first appeared in {outlet}.",
    "Republished with permission from {outlet}.",
    "This article first appeared on {outlet} and is republished here under a Creative Commons license.",
    "Reprinted with permission from {outlet}.",
    "Cross-posted from {outlet}.",
)
# The Yoast SEO feed footer: always the last line, naming the parent's article and outlet.
FEED_FOOTER = "The post {title} appeared first on {outlet}."
SELF_CREDIT = "Originally published on {outlet}."

STANDALONE_SHARE = 0.2  # of documents
WIRE_SHARE = 0.1  # of stories
LATE_PARENT_SHARE = 0.2  # of copies: crawled before their parent
FEED_COPY_SHARE = 0.3  # of copies whose parent carries a body credit
FOOTER_SHARE = 0.25  # of the other copies: credit by feed footer
NO_URL_SHARE = 0.03
NO_DATE_SHARE = 0.1
_BATCH = 8  # stories interleaved at a time
_EPOCH = datetime(2023, 1, 1, tzinfo=UTC)
_SPAN = 2 * 365 * 86400

# ---------------------------------------------------------------- word lists
# Outlet names: no brand suffix ("News", "Online"), month, weekday or stop word ("Sun", "Today",
# "Photo"), which the name cutter and the resolver treat specially.
_PLACES = (
    "Harbor Valley Bayside Riverside Lakeshore Hillcrest Prairie Highland Coastal Granite Summit Meadow Cedar "
    "Pine Maple Willow Aspen Birch Juniper Copper Silver Iron Redwood Sandstone Timber Canyon Mesa Bluff Glacier "
    "Tidewater Frontier Heartland Upland Brookside Fairview Greenfield Westbrook Eastlake Northgate Southport "
    "Clearwater Stillwater Kettle Orchard Thistle Heron Osprey Marsh Basin Ridge Harborview Millbrook Ashford"
).split()
_TWO_WORD_PLACES = (
    "North Bay|South Fork|East River|West End|Pine Ridge|Silver Lake|Maple Grove|Stone Creek|Copper Hill|"
    "Elk River|Cedar Point|Willow Bend|Otter Creek|Fox Hollow|Bear Valley|Crystal Springs|Blue Mesa|Red Rock|"
    "Quarry Hill|Lantern Bay|Heron Cove|Osprey Point|Kestrel Ridge|Juniper Flats|Aspen Glen|Granite Falls"
).split("|")
_NOUNS = (
    "Ledger Courier Sentinel Gazette Herald Tribune Chronicle Dispatch Observer Register Beacon Bulletin Record "
    "Monitor Examiner Journal Review Standard Inquirer Messenger Post Press Leader Telegraph Pioneer Clarion Echo "
    "Signal Compass Lantern Almanac Digest Banner Argus Mercury Citizen Courant Reporter Spectator Outlook Voice"
).split()
_PERIODICITY = ("Daily", "Weekly")
_COIN_HEADS = "Bay Brook Cedar Crest Elm Fair Glen Harbor Lake Maple Mill Oak Pine Ridge River Stone Wood Clear Spring Fern Hazel Marsh Ash Birch Holly".split()
_COIN_TAILS = "field view side ford dale gate line port mont wick haven crest brook hurst".split()

_FIRST = "Maria James Aisha Daniel Priya Thomas Elena Samuel Grace Omar Hannah Lucas Nadia Peter Rosa Victor Julia Kenji Laura Mateo".split()
_LAST = "Lopez Whitfield Okafor Brennan Nakamura Kowalski Haddad Lindqvist Moreau Castillo Adeyemi Fischer Sullivan Petrov Duarte Kim Novak Reyes Osei Larsen".split()
_TOWNS = (
    "Millbrook|Ashford|Cedar Hollow|Lakemont|Brightwater|Fenwick|Oakridge|Port Alder|Glenrock|Thornbury|"
    "Kestrel Bay|Willowmere|Stonehaven|Marlow Springs|Redfield|Harlan Falls|Eastwick|Pinecrest|Larkspur|Ravensworth"
).split("|")
_SUBJECTS = (
    "The city council|State lawmakers|The regional water board|The school district|The harbor authority|"
    "The transit agency|County commissioners|Local farmers|Hospital workers|Small business owners|Fire officials|"
    "University researchers|The planning commission|Neighborhood groups|The state auditor|Union leaders|"
    "The parks department|Port officials|The housing authority|Environmental groups|The county sheriff|Teachers|"
    "Several residents|The mayor's office|Emergency managers|The utility company|Library trustees|"
    "Health inspectors|Road crews|The zoning board"
).split("|")
_TITLE_SUBJECTS = (
    "City council|Water board|School district|Harbor authority|Transit agency|Planning commission|State auditor|"
    "Parks department|Housing authority|Mayor|Zoning board|Utility|County sheriff|Governor|Hospital board|"
    "Port commission|Library board|Fire chief|Health department|State senate"
).split("|")
_VERBS_PAST = (
    "approved rejected delayed debated backed questioned expanded cut reviewed unveiled paused revived "
    "criticized defended proposed funded postponed outlined endorsed challenged"
).split()
_VERBS_PRESENT = (
    "approves rejects delays weighs backs questions expands cuts reviews unveils pauses revives defends "
    "proposes funds postpones endorses challenges"
).split()
_OBJECTS = (
    "a new budget|the bridge repairs|a housing plan|the wildfire response|new bus routes|higher water rates|"
    "school funding|flood barriers|longer clinic hours|a tax on short-term rentals|the downtown parking rules|"
    "a study of the river|the road maintenance schedule|a hiring freeze|the library renovation|"
    "a ban on leaf blowers|the new recycling program|the ferry contract|a pilot program for electric buses|"
    "the harbor dredging project|the stormwater fees|the police oversight board|an affordable housing fund|"
    "the hospital merger|the farmers market lease|a curfew for the waterfront|the sewer upgrade|"
    "a plan to close two schools|the snow removal contract|a new ambulance station"
).split("|")
_ADVERBIALS = (
    "after a long debate|on Tuesday|late on Monday|at a crowded meeting|despite strong objections|"
    "for the second year in a row|ahead of the winter season|amid rising costs|in a narrow vote|"
    "with little public notice|after months of delays|following a series of complaints|"
    "before the end of the fiscal year|in a statement released this week|at the request of residents"
).split("|")
_TITLE_TAILS = (
    "| after long debate| amid protests| as costs rise| for second year| despite warnings| in close vote|"
    " after months of delays| ahead of winter| in {town}| in {town}| in {town}| for {town} residents"
).split("|")
_TITLE_STATES = (
    "stalls|moves ahead|faces new delay|wins approval|draws criticism|goes to voters|heads to court".split(
        "|"
    )
)
_QUOTED = (
    "a turning point|long overdue|a costly mistake|not enough|a fair deal|the right call|a step backward|"
    "a promise kept"
).split("|")
_ROLES = (
    "a spokesperson for the agency|the county's budget director|a local business owner|a member of the council|"
    "a professor of public policy|the union's president|a longtime resident|the district's superintendent|"
    "an economist who studies local budgets|the head of the neighborhood association"
).split("|")
_JUDGEMENTS = (
    "reasonable|rushed|overdue|expensive|fair to most families|hard to explain|a good start"
).split("|")
_WHEN = (
    "next month|before the summer|later this year|at the next meeting|within weeks|early next year"
).split("|")
_CITIES = (
    "WASHINGTON|LONDON|PARIS|BRUSSELS|TOKYO|NAIROBI|SYDNEY|BERLIN|MADRID|TORONTO|NEW YORK|MEXICO CITY|"
    "JOHANNESBURG|SEOUL|GENEVA"
).split("|")
_WIRES = (("AP", "—"), ("Reuters", "-"), ("AFP", "—"))
_PICTURE_AGENCIES = ("Getty Images", "AFP via Getty Images", "Shutterstock", "AP")


@dataclass(frozen=True, slots=True)
class SyntheticDoc:
    """One generated document: what a reader sees, and the truth about where it came from."""

    id: str
    url: str | None
    title: str
    published: str | None
    text: str
    outlet: str
    origin_id: str
    parent_id: str | None
    depth: int

    def as_json(self) -> dict[str, object]:
        """The document as a reader sees it, without the truth."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class _Outlet:
    name: str
    domain: str


@dataclass(slots=True)
class _Node:
    """One document of a story, everything but its id."""

    index: int  # in the story
    parent: int  # index in the story, -1 for the origin
    depth: int
    outlet: _Outlet
    title: str
    slug: str
    seconds: int  # publication time after _EPOCH
    has_url: bool
    dated: bool
    text: str
    credit: str | None  # its own body credit line, which a feed copy of it keeps
    credit_first: bool  # the credit stands in the header (else after the body)
    feed: bool


@dataclass(frozen=True, slots=True)
class _World:
    rng: random.Random
    outlets: list[_Outlet]
    sentences: list[str]
    words: list[int]


def generate(n: int, *, seed: int = 0, max_depth: int = 6) -> Iterator[SyntheticDoc]:
    """Generate ``n`` documents with known syndication chains, deterministically from ``seed``.

    Chains are at most ``max_depth`` copies deep (0: every document is an original).

    >>> [d.depth for d in generate(12, seed=1) if d.parent_id is None][:3]
    [0, 0, 0]
    """
    _check(n, max_depth)
    return (doc for doc, _ in _documents(n, seed, max_depth))


def write_corpus(path: str | os.PathLike[str], n: int, *, seed: int = 0, max_depth: int = 6) -> Path:
    """Write a generated corpus to directory ``path``: ``corpus.jsonl`` and its ``truth.jsonl``.

    ``corpus.jsonl`` holds `SyntheticDoc.as_json` per line; ``truth.jsonl`` the truth per line
    (``id``, ``url``, ``origin_id``, ``origin_url``, ``parent_id``, ``depth``, ``outlet``), in
    the same order. Returns the path of ``corpus.jsonl``.
    """
    _check(n, max_depth)
    return _write(Path(path), _documents(n, seed, max_depth))


def _write(folder: Path, documents: Iterator[tuple[SyntheticDoc, str | None]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.jsonl"
    with (
        corpus.open("w", encoding="utf-8", newline="\n") as out,
        (folder / "truth.jsonl").open("w", encoding="utf-8", newline="\n") as truth,
    ):
        for doc, origin_url in documents:
            out.write(json.dumps(doc.as_json(), ensure_ascii=False) + "\n")
            truth.write(json.dumps(_truth(doc, origin_url), ensure_ascii=False) + "\n")
    return corpus


def _truth(doc: SyntheticDoc, origin_url: str | None) -> dict[str, object]:
    return {
        "id": doc.id,
        "url": doc.url,
        "origin_id": doc.origin_id,
        "origin_url": origin_url,
        "parent_id": doc.parent_id,
        "depth": doc.depth,
        "outlet": doc.outlet,
    }


def _check(n: int, max_depth: int) -> None:
    if n < 0:
        raise ValueError(f"n must be 0 or more, not {n}")
    if max_depth < 0:
        raise ValueError(f"max_depth must be 0 or more, not {max_depth}")


# ---------------------------------------------------------------- the stream


def _documents(n: int, seed: int, max_depth: int) -> Iterator[tuple[SyntheticDoc, str | None]]:
    """The documents with the URL of their origin, batch by batch of interleaved stories."""
    rng = random.Random(seed)
    pool = max(200, min(2000, n // 400), 4 * max_depth + 20)
    sentences = [_sentence(rng) for _ in range(4096)]
    world = _World(rng, _outlet_pool(rng, pool), sentences, [s.count(" ") + 1 for s in sentences])
    made = standalone = number = 0
    while made < n:
        batch: list[list[_Node]] = []
        while made < n and len(batch) < _BATCH:
            below = standalone < STANDALONE_SHARE * (made + 1)
            alone = rng.random() < (0.8 if below else 0.05)
            story = _story(world, _shape(rng, max_depth, n - made, alone))
            made += len(story)
            standalone += len(story) == 1
            batch.append(story)
        orders = [_crawl_order(rng, story) for story in batch]
        slots = [s for s, order in enumerate(orders) for _ in order]
        rng.shuffle(slots)
        numbers = [[0] * len(story) for story in batch]
        cursor = [0] * len(batch)
        placed: list[tuple[int, int]] = []
        for s in slots:
            i = orders[s][cursor[s]]
            cursor[s] += 1
            numbers[s][i] = number
            number += 1
            placed.append((s, i))
        urls = [
            [_url(node, k) for node, k in zip(story, nums, strict=True)]
            for story, nums in zip(batch, numbers, strict=True)
        ]
        for s, i in placed:
            yield _document(batch[s][i], numbers[s], urls[s][i]), urls[s][0]


def _document(node: _Node, numbers: list[int], url: str | None) -> SyntheticDoc:
    return SyntheticDoc(
        id=f"syn-{numbers[node.index]:06d}",
        url=url,
        title=node.title,
        published=(_EPOCH + timedelta(seconds=node.seconds)).isoformat() if node.dated else None,
        text=node.text,
        outlet=node.outlet.name,
        origin_id=f"syn-{numbers[0]:06d}",
        parent_id=f"syn-{numbers[node.parent]:06d}" if node.parent >= 0 else None,
        depth=node.depth,
    )


def _url(node: _Node, number: int) -> str | None:
    if not node.has_url:
        return None
    when = _EPOCH + timedelta(seconds=node.seconds)
    return (
        f"https://{node.outlet.domain}/{when.year:04d}/{when.month:02d}/{when.day:02d}/{node.slug}-{number}"
    )


def _crawl_order(rng: random.Random, story: list[_Node]) -> list[int]:
    """The order a crawl meets a story's documents: parents first, but some copies before their parent."""
    keys = [0.0] * len(story)
    for i in range(1, len(story)):
        late = rng.random() < LATE_PARENT_SHARE
        keys[i] = keys[story[i].parent] - 0.5 if late else float(i)
    return sorted(range(len(story)), key=keys.__getitem__)


# ---------------------------------------------------------------- stories


def _shape(rng: random.Random, max_depth: int, budget: int, alone: bool) -> list[tuple[int, int]]:
    """(parent index, depth) of each document of a story, parents before children, at most ``budget``."""
    if alone or budget == 1 or max_depth == 0:
        return [(-1, 0)]
    deepest = 1
    while deepest < max_depth and rng.random() < 0.5:
        deepest += 1
    nodes = [(-1, 0)] + [(d - 1, d) for d in range(1, deepest + 1)]  # the longest chain
    for _ in range(rng.randint(0, 3)):
        nodes.append((0, 1))
        if max_depth >= 2 and rng.random() < 0.3:
            nodes.append((len(nodes) - 1, 2))
    for d in range(1, deepest):
        if rng.random() < 0.35:
            nodes.append((d, d + 1))
    order = sorted(range(len(nodes)), key=lambda k: nodes[k][1])[:budget]
    index = {old: new for new, old in enumerate(order)}
    return [(index[nodes[k][0]] if nodes[k][0] >= 0 else -1, nodes[k][1]) for k in order]


def _story(world: _World, shape: list[tuple[int, int]]) -> list[_Node]:
    """The documents of one story: an origin and its copies, each at its own outlet."""
    rng = world.rng
    outlets = rng.sample(world.outlets, len(shape))
    title = _title(rng)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    dateline = ""
    if rng.random() < WIRE_SHARE:
        wire, dash = _pick(rng, _WIRES)
        dateline = f"{_pick(rng, _CITIES)} ({wire}) {dash} "
    body = _body(world, dateline)
    caption = f"Photo: {_person(rng)}/{_pick(rng, _PICTURE_AGENCIES)}" if rng.random() < 0.4 else None
    nodes: list[_Node] = []
    # Only a copy nobody copies may lack a URL (a saved file, like the seed): a page that others
    # credit is a page on a site.
    credited = {parent for parent, _ in shape}
    for parent, depth in shape:
        has_url = rng.random() >= NO_URL_SHARE or len(nodes) in credited
        node = _Node(
            index=len(nodes),
            parent=parent,
            depth=depth,
            outlet=outlets[len(nodes)],
            title=title if parent < 0 or rng.random() < 0.75 else _vary(rng, title),
            slug=slug,
            seconds=int(rng.random() * _SPAN)
            if parent < 0
            else nodes[parent].seconds + 600 + int(rng.random() * 3 * 86400),
            has_url=has_url,
            dated=rng.random() >= NO_DATE_SHARE,
            text="",
            credit=None,
            credit_first=True,
            feed=False,
        )
        last = None
        if parent < 0:
            if has_url and rng.random() < 0.15:
                last = SELF_CREDIT.format(outlet=node.outlet.name)
        else:
            last = _credit(rng, node, nodes[parent])
        lines = [node.title]
        if caption is not None and rng.random() < 0.8:
            lines.append(caption)
        if node.credit is not None and node.credit_first:
            lines.append(node.credit)
        lines.append(body)
        if node.credit is not None and not node.credit_first:
            lines.append(node.credit)
        if rng.random() < 0.25:
            lines.append("Read more:")
            lines.extend(f"- {_title(rng)}" for _ in range(rng.randint(2, 4)))
        if last is not None:
            lines.append(last)
        node.text = "\n".join(lines)
        nodes.append(node)
    return nodes


def _credit(rng: random.Random, node: _Node, parent: _Node) -> str | None:
    """Give a copy its credit to ``parent``; returns the feed footer line if it ends with one."""
    footer = FEED_FOOTER.format(title=parent.title, outlet=parent.outlet.name)
    if parent.credit is not None and not parent.feed and rng.random() < FEED_COPY_SHARE:
        # A feed copy: the parent's own credit inside, the parent's feed footer outside.
        node.credit, node.credit_first, node.feed = parent.credit, parent.credit_first, True
        return footer
    if rng.random() < FOOTER_SHARE:
        return footer
    k = rng.randrange(len(CREDIT_TEMPLATES))
    node.credit = CREDIT_TEMPLATES[k].format(outlet=parent.outlet.name)
    node.credit_first = k == 0 or rng.random() < 0.5
    return None


def _body(world: _World, dateline: str) -> str:
    """3 to 8 paragraphs of 250 to 850 words in all (news articles run about 550); a wire story's first one opens with its dateline."""
    rnd = world.rng.random
    sentences, words = world.sentences, world.words
    count = len(sentences)
    target = 250 + int(rnd() * 601)
    paragraphs = min(3 + int(rnd() * 6), target // 75)
    lede = dateline + _sentence(world.rng)
    drawn: list[int] = []
    total = [lede.count(" ") + 1]  # words in the lede and the first k drawn sentences, at k
    while total[-1] < target:
        more = [int(rnd() * count) for _ in range(64)]
        drawn += more
        running = accumulate(map(words.__getitem__, more), initial=total[-1])
        next(running)
        total.extend(running)
    out: list[str] = []
    start = 0
    for p in range(paragraphs):
        # A paragraph ends at the sentence that brings the body to its share of the target; the
        # shares are 75 words apart or more and a sentence is under 40, so every paragraph has 35.
        end = bisect_left(total, target * (p + 1) // paragraphs)
        parts = [sentences[k] for k in drawn[start:end]]
        out.append(" ".join([lede, *parts] if p == 0 else parts))
        start = end
    return "\n".join(out)


# ---------------------------------------------------------------- words


def _outlet_pool(rng: random.Random, size: int) -> list[_Outlet]:
    """``size`` invented outlets that no registered outlet (nor each other) can be taken for."""
    registry = default_registry()
    keys: set[str] = set()
    pool: list[_Outlet] = []
    while len(pool) < size:
        name = _outlet_name(rng)
        key = name_key(name)
        domain = key + ".com"
        related = any(key + s in keys or (key.endswith(s) and key[: -len(s)] in keys) for s in BRAND_SUFFIXES)
        if key in keys or related or registry.lookup(name) is not None or registry.lookup(domain) is not None:
            continue
        keys.add(key)
        pool.append(_Outlet(name, domain))
    return pool


def _outlet_name(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.1:
        head, tail = _pick(rng, _COIN_HEADS), _pick(rng, _COIN_TAILS)
        return head + tail if head.lower() != tail else head + "view"
    if form < 0.55:
        return f"{_pick(rng, _PLACES)} {_pick(rng, _NOUNS)}"
    if form < 0.8:
        return f"{_pick(rng, _TWO_WORD_PLACES)} {_pick(rng, _NOUNS)}"
    return f"{_pick(rng, _PLACES)} {_pick(rng, _NOUNS)} {_pick(rng, _PERIODICITY)}"


def _pick(rng: random.Random, seq: Sequence[_T]) -> _T:
    """``rng.choice`` at a third of its cost (its bias of one in 2**53 does not matter here)."""
    return seq[int(rng.random() * len(seq))]


def _person(rng: random.Random) -> str:
    return f"{_pick(rng, _FIRST)} {_pick(rng, _LAST)}"


def _title(rng: random.Random) -> str:
    subject = _pick(rng, _TITLE_SUBJECTS)
    thing = _pick(rng, _OBJECTS).removeprefix("the ").removeprefix("a ").removeprefix("an ")
    if rng.random() < 0.15:
        return f'{subject} calls {thing} "{_pick(rng, _QUOTED)}"'
    tail = _pick(rng, _TITLE_TAILS).format(town=_pick(rng, _TOWNS))
    if rng.random() < 0.15:
        return f"{_pick(rng, _TOWNS)}'s {thing} {_pick(rng, _TITLE_STATES)}"
    return f"{subject} {_pick(rng, _VERBS_PRESENT)} {thing}{tail}"


def _vary(rng: random.Random, title: str) -> str:
    """A harmless variant of a title: another case, a trailing period, or curly quotes."""
    if ('"' in title or "'" in title) and rng.random() < 0.5:
        return re.sub(r'"([^"]*)"', "“\\1”", title).replace("'", "’")
    choice = rng.randrange(3)
    if choice == 0:
        return title.lower()
    if choice == 1:
        return " ".join(w[:1].upper() + w[1:] for w in title.split(" "))
    return title + "."


def _clause(rng: random.Random) -> str:
    subject = _pick(rng, _SUBJECTS)
    subject = subject[:1].lower() + subject[1:]
    return f"{subject} {_pick(rng, _VERBS_PAST)} {_pick(rng, _OBJECTS)} {_pick(rng, _ADVERBIALS)}"


def _sentence(rng: random.Random) -> str:
    """One sentence of prose (6 to 35 words); a few are quote attributions naming an outlet."""

    def pick(seq: Sequence[str]) -> str:
        return _pick(rng, seq)

    form = rng.randrange(12) if rng.random() < 0.95 else 12 + rng.randrange(4)
    match form:
        case 0 | 1 | 2:
            return f"{pick(_SUBJECTS)} {pick(_VERBS_PAST)} {pick(_OBJECTS)} {pick(_ADVERBIALS)}."
        case 3:
            return f"{_person(rng)}, {pick(_ROLES)}, said the decision on {pick(_OBJECTS)} was {pick(_JUDGEMENTS)}."
        case 4:
            return f"Residents of {pick(_TOWNS)} have asked about {pick(_OBJECTS)} for {rng.randint(2, 9)} years."
        case 5:
            return f"The proposal would also change {pick(_OBJECTS)} and {pick(_OBJECTS)} over the next {rng.randint(2, 12)} years."
        case 6:
            return f"Officials in {pick(_TOWNS)} said {pick(_OBJECTS)} would cost about {rng.randint(2, 90)} million dollars."
        case 7:
            return f"{_person(rng)} said the decision was {pick(_JUDGEMENTS)} and that {pick(_OBJECTS)} needed more work."
        case 8:
            return f"Critics argued that {pick(_OBJECTS)} had been handled poorly, while supporters pointed to {pick(_OBJECTS)}."
        case 9:
            return f"A final decision on {pick(_OBJECTS)} is expected {pick(_WHEN)}, according to the meeting agenda."
        case 10:
            first = _clause(rng)
            return f"{first[:1].upper()}{first[1:]}, and {_clause(rng)}."
        case 11:
            return f"In {pick(_TOWNS)}, {_clause(rng)}, which surprised few people who follow local politics."
        # Quote attributions: an outlet is named, nothing was copied from it.
        case 12:
            return f"{_person(rng)}, {pick(_ROLES)}, told Reuters that {_clause(rng)}."
        case 13:
            return f"According to CNN, {_clause(rng)}."
        case 14:
            return f"{_person(rng)} said in an interview with The Associated Press that {_clause(rng)}."
        case _:
            return (
                f"{_person(rng)} told Bloomberg News that {_clause(rng)}, according to people at the meeting."
            )


# ---------------------------------------------------------------- a network of outlets


@dataclass(frozen=True)
class CopyNetwork:
    """Outlets and how often each copies each other: ``rates[(a, b)]`` is the chance that outlet
    ``b`` republishes a given article of outlet ``a`` (an original or a copy).

    >>> net = CopyNetwork.random(4, seed=1)
    >>> len(net.outlets), all(0 <= r <= 0.6 for r in net.rates.values())
    (4, True)
    """

    outlets: tuple[str, ...]
    rates: dict[tuple[str, str], float]

    @classmethod
    def random(cls, size: int, *, seed: int = 0, max_rate: float = 0.6, sparsity: float = 0.4) -> CopyNetwork:
        """``size`` invented outlets; each ordered pair copies at a rate drawn up to ``max_rate``,
        or never (with chance ``sparsity``)."""
        rng = random.Random(seed)
        names = tuple(o.name for o in _outlet_pool(rng, size))
        rates = {
            (a, b): 0.0 if rng.random() < sparsity else round(rng.uniform(0.05, max_rate), 3)
            for a in names
            for b in names
            if a != b
        }
        return cls(names, rates)


def generate_network(
    n: int, network: CopyNetwork, *, seed: int = 0, max_depth: int = 3
) -> Iterator[SyntheticDoc]:
    """About ``n`` documents (the last story is finished) of stories spreading over ``network``.

    Each story starts at an outlet drawn at random; every outlet not yet in the story copies each
    of its documents with the network's rate, up to ``max_depth`` copies deep, so that an outlet
    carries a story at most once. Every document has a URL and a date, and every copy credits its
    parent in one of the wordings of `CREDIT_TEMPLATES` or by the feed footer: the truth
    (``parent_id``, ``origin_id``, ``outlet``) is exactly what a reader can recover.
    """
    _check(n, max_depth)
    return (doc for doc, _ in _network_documents(n, network, seed, max_depth))


def write_network_corpus(
    path: str | os.PathLike[str], n: int, network: CopyNetwork, *, seed: int = 0, max_depth: int = 3
) -> Path:
    """`generate_network` written as `write_corpus` writes (``corpus.jsonl`` and ``truth.jsonl``)."""
    _check(n, max_depth)
    return _write(Path(path), _network_documents(n, network, seed, max_depth))


def _network_documents(
    n: int, network: CopyNetwork, seed: int, max_depth: int
) -> Iterator[tuple[SyntheticDoc, str | None]]:
    rng = random.Random(seed)
    sentences = [_sentence(rng) for _ in range(1024)]
    world = _World(rng, [], sentences, [s.count(" ") + 1 for s in sentences])
    domains = {name: name_key(name) + ".com" for name in network.outlets}
    made = 0
    while made < n:
        title = _title(rng)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        start = int(rng.random() * _SPAN)
        first = _pick(rng, network.outlets)
        origin_id = f"syn-{made:06d}"
        origin_url = f"https://{domains[first]}/story/{made:06d}/{slug}"
        # (outlet, id, url, seconds, depth, parent index)
        story: list[tuple[str, str, str, int, int, int]] = [(first, origin_id, origin_url, start, 0, -1)]
        carried = {first}
        i = 0
        while i < len(story):
            outlet, _, _, seconds, depth, _ = story[i]
            if depth < max_depth:
                for other in network.outlets:
                    if other not in carried and rng.random() < network.rates.get((outlet, other), 0.0):
                        carried.add(other)
                        number = made + len(story)
                        when = seconds + 600 + int(rng.random() * 2 * 86400)
                        url = f"https://{domains[other]}/story/{number:06d}/{slug}"
                        story.append((other, f"syn-{number:06d}", url, when, depth + 1, i))
            i += 1
        for outlet, doc_id, url, seconds, depth, parent in story:
            lines = [title, _body(world, "")]
            if parent >= 0:
                source = story[parent][0]
                if rng.random() < FOOTER_SHARE:
                    lines.append(FEED_FOOTER.format(title=title, outlet=source))
                else:
                    k = int(rng.random() * len(CREDIT_TEMPLATES))
                    lines.insert(1, CREDIT_TEMPLATES[k].format(outlet=source))
            doc = SyntheticDoc(
                id=doc_id,
                url=url,
                title=title,
                published=(_EPOCH + timedelta(seconds=seconds)).isoformat(),
                text="\n".join(lines),
                outlet=outlet,
                origin_id=origin_id,
                parent_id=story[parent][1] if parent >= 0 else None,
                depth=depth,
            )
            yield doc, origin_url
        made += len(story)


# ---------------------------------------------------------------- as web archives


def write_warc_corpus(
    path: str | os.PathLike[str], n: int, *, seed: int = 0, shards: int = 4, max_depth: int = 6
) -> list[Path]:
    """Write a generated corpus as HTML pages in ``shards`` gzipped WARC files in ``path/warc/``
    (``crawl-00000.warc.gz``, ...), round robin in the order of `generate`, with its truth in
    ``path/truth.jsonl`` as `write_corpus` writes it. A page without a URL is captured at
    ``urn:synthetic:<id>``, an address that names no article. Returns the WARC files' paths."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    _check(n, max_depth)
    if shards < 1:
        raise ValueError(f"shards must be 1 or more, not {shards}")
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "warc").mkdir(exist_ok=True)
    files = [folder / "warc" / f"crawl-{i:05d}.warc.gz" for i in range(shards)]
    with ExitStack() as stack:
        writers = [WARCWriter(stack.enter_context(f.open("wb")), gzip=True) for f in files]
        truth = stack.enter_context((folder / "truth.jsonl").open("w", encoding="utf-8", newline="\n"))
        for i, (doc, origin_url) in enumerate(_documents(n, seed, max_depth)):
            page = _html_page(doc).encode("utf-8")
            writer = writers[i % shards]
            if doc.url:
                headers = StatusAndHeaders("200 OK", [("Content-Type", _HTML)], protocol="HTTP/1.1")
                record = writer.create_warc_record(
                    doc.url, "response", payload=io.BytesIO(page), length=len(page), http_headers=headers
                )
            else:  # a saved page, not an HTTP response
                record = writer.create_warc_record(
                    f"urn:synthetic:{doc.id}",
                    "resource",
                    payload=io.BytesIO(page),
                    length=len(page),
                    warc_content_type=_HTML,
                )
            writer.write_record(record)
            truth.write(json.dumps(_truth(doc, origin_url), ensure_ascii=False) + "\n")
    return files


_HTML = "text/html; charset=utf-8"


def _html_page(doc: SyntheticDoc) -> str:
    """A page of a generated document: its title, its date, its lines as paragraphs."""
    lines = doc.text.split("\n")
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:] if line.strip())
    date = f'<meta property="article:published_time" content="{doc.published}">' if doc.published else ""
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(doc.title)}</title>{date}</head>\n'
        f"<body><article><h1>{html.escape(lines[0])}</h1>\n{body}\n</article></body></html>\n"
    )
