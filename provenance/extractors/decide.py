"""The second stage of extraction: a decision on each candidate credit from where it stands.

The extractors report every place that reads like a credit; `decided` keeps each candidate, drops
it, or turns it into a picture credit, by the first of `contexts.CONTEXTS` that fits it: what the
candidate names (a stock-photo service, an index), and the words around it (a caption, a chart's
credit line, a funding note, a fact-check's claim, a site's licence text).

Only a candidate's own words and a few hundred characters around it are read, with patterns
compiled once, so the cost is a constant per candidate whatever the document's length.

>>> from provenance.extractors import extract
>>> [(a.relation.value, a.outlet) for a in extract("A runner at dawn in the park.\\nQuelle: Unsplash")]
[('image_credit', 'Unsplash')]
>>> extract("Outcomes may differ in older adults. Primary Funding Source: Example Institute.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice

from provenance.extractors.contexts import CONTEXTS, Context, Verdict, Where
from provenance.models import Attribution, Document, Relation, replaced

__all__ = ["decided", "judge"]

# The end of a sentence before the next one, and not an initial's full stop ("Nathan E. Sanders").
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])[.!?…][\"”’»)\]]*\s")


@dataclass(frozen=True, slots=True)
class _Check:
    where: Where
    regex: re.Pattern[str]
    window: int
    count: int
    negate: bool


@dataclass(frozen=True, slots=True)
class _Compiled:
    context: Context
    checks: tuple[_Check, ...]


@cache
def _compiled(contexts: tuple[Context, ...] = CONTEXTS) -> tuple[_Compiled, ...]:
    return tuple(
        _Compiled(
            context,
            tuple(
                _Check(
                    c.where,
                    re.compile(c.pattern, 0 if c.case_sensitive else re.IGNORECASE),
                    c.window,
                    c.count,
                    c.negate,
                )
                for c in context.checks
            ),
        )
        for context in contexts
    )


@cache
def _contexts_for(method: str, relation: Relation) -> tuple[_Compiled, ...]:
    """The contexts that judge statements of one rule and relation (a few of the table's)."""
    extractor = method.split(":", 1)[0] + ":"
    return tuple(
        c
        for c in _compiled()
        if relation in c.context.relations and (method in c.context.methods or extractor in c.context.methods)
    )


class _Views:
    """The words around one candidate, cut once per view and window."""

    def __init__(self, a: Attribution, text: str) -> None:
        self._a = a
        self._text = text
        self._cut: dict[tuple[Where, int], str] = {}

    def get(self, where: Where, window: int) -> str:
        key = (where, window)
        view = self._cut.get(key)
        if view is None:
            view = self._cut[key] = self._view(where, window)
        return view

    def _view(self, where: Where, window: int) -> str:
        a, text = self._a, self._text
        start, end = a.evidence.start, a.evidence.end
        if where is Where.NAME:
            return a.outlet
        if where is Where.URL:
            return a.url or ""
        if where is Where.EVIDENCE:
            return a.evidence.text
        if where is Where.BEFORE or where is Where.SENTENCE:
            low = max(0, start - window)
            newline = text.rfind("\n", low, start)
            before = text[newline + 1 if newline >= 0 else low : start]
            if where is Where.SENTENCE:
                ends = [m.end() for m in _SENTENCE_END.finditer(before)]
                return before[ends[-1] :] if ends else before
            return before
        if where is Where.BEFORE_LINES:
            return text[max(0, start - window) : start]
        if where is Where.AFTER:
            high = min(len(text), end + window)
            newline = text.find("\n", end, high)
            return text[end : newline if newline >= 0 else high]
        return text[max(0, start - window) : end + window]  # Where.AROUND


def _holds(check: _Check, views: _Views) -> bool:
    view = views.get(check.where, check.window)
    if check.count == 1:
        found = check.regex.search(view) is not None
    else:
        found = sum(1 for _ in islice(check.regex.finditer(view), check.count)) >= check.count
    return found != check.negate


def judge(a: Attribution, doc: Document) -> Context | None:
    """The context that overrules the candidate ``a`` of ``doc``, or None when it stands.

    >>> from provenance.extractors import extractors_for
    >>> from provenance.readers import text_document
    >>> doc = text_document("The old gate in 1910. Photo by Jane Roe, courtesy of the City Museum.")
    >>> [(a.outlet, judge(a, doc).id) for e in extractors_for() for a in e.extract(doc)
    ...  if a.evidence.method == "text:courtesy-of"]
    [('City Museum', 'picture-courtesy')]
    """
    if a.relation is Relation.IMAGE_CREDIT:
        return None
    views = _Views(a, doc.text)
    for compiled in _contexts_for(a.evidence.method, a.relation):
        context = compiled.context
        if context.locations and a.evidence.location not in context.locations:
            continue
        if all(_holds(check, views) for check in compiled.checks):
            return context
    return None


def decided(found: list[Attribution], doc: Document) -> list[Attribution]:
    """``found`` with each candidate kept, dropped or made a picture credit, in the same order."""
    kept: list[Attribution] = []
    turned: list[Attribution] = []
    for a in found:
        context = judge(a, doc)
        if context is None:
            kept.append(a)
        elif context.verdict is Verdict.IMAGE:
            image = replaced(a, relation=Relation.IMAGE_CREDIT)
            kept.append(image)
            turned.append(image)
    return _without_repeats(kept, turned) if turned else kept


def _without_repeats(kept: list[Attribution], turned: Iterable[Attribution]) -> list[Attribution]:
    """Drop a statement made a picture credit where the same picture credit was already read."""
    turned_ids = {id(a) for a in turned}
    images = [a for a in kept if a.relation is Relation.IMAGE_CREDIT and id(a) not in turned_ids]
    return [
        a
        for a in kept
        if id(a) not in turned_ids
        or not any(
            k.outlet_id == a.outlet_id
            and k.evidence.start < a.evidence.end
            and a.evidence.start < k.evidence.end
            for k in images
        )
    ]
