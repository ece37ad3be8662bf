"""The second stage of extraction: a decision on each candidate credit from where it stands.

The extractors report every place that reads like a credit; `decided` keeps each candidate, drops
it, or turns it into a picture credit, by the first of `contexts.CONTEXTS` that fits it: what the
candidate names (a stock-photo service, an index), and the words around it (a caption, a chart's
credit line, a funding note, a fact-check's claim, a site's licence text).

Only a candidate's own words and a few hundred characters around it are read, with patterns
compiled once, so the cost is a constant per candidate whatever the document's length; and most
of the table is ruled out at once: what a name says is judged once per name, and the screens of
the contexts that look at the words around are searched in one RE2 pass (see `contexts.Context`).

>>> from provenance.extractors import extract
>>> [(a.relation.value, a.outlet) for a in extract("A runner at dawn in the park.\\nQuelle: Unsplash")]
[('image_credit', 'Unsplash')]
>>> extract("Outcomes may differ in older adults. Primary Funding Source: Example Institute.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any

import re2

from provenance.extractors.contexts import CONTEXTS, MARKUP_KINDS, SCREEN_WINDOW, Context, Verdict, Where
from provenance.extractors.rules import RULES
from provenance.extractors.text import plain_text
from provenance.models import Attribution, Document, Relation, replaced

__all__ = ["decided", "judge"]

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 8 << 20
# Names judged, per plan: the same few come back on every page ("Reuters", "dpa").
_NAME_MEMORY = 4096

# The labels read on each side of a candidate, and the characters of each (see `_Views.labels`).
_MAX_LABELS = 16
_LABEL_SPAN = 30
# The end of a sentence before the next one, and not an initial's full stop ("Nathan E. Sanders").
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])[.!?…][\"”’»)\]]*\s")
_BY_NAME = frozenset((Where.NAME, Where.URL))


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

    @property
    def by_name(self) -> bool:
        """True when only the name (or address) is looked at: one verdict a name."""
        return (
            bool(self.checks) and not self.context.locations and all(c.where in _BY_NAME for c in self.checks)
        )


class _Plan:
    """How the statements of one rule and relation are judged: the contexts that apply, the
    leading ones that look at the name alone (with their verdicts remembered per name), and which
    of the table's screens tell that the others may apply."""

    def __init__(self, contexts: tuple[_Compiled, ...]) -> None:
        lead = 0
        while lead < len(contexts) and contexts[lead].by_name:
            lead += 1
        self.by_name = contexts[:lead]
        self.rest = contexts[lead:]
        self.unscreened = frozenset(k for k, c in enumerate(self.rest) if not c.context.screen)
        self._unscreened = sorted(self.unscreened)
        # The screens are one RE2 set that every plan shares (`_screens`): RE2 builds its
        # automaton's states as the text around candidates needs them, once for all rules.
        screens, index = _screens()
        members: dict[int, list[int]] = {}
        for k, c in enumerate(self.rest):
            if c.context.screen:
                members.setdefault(index[c.context.screen], []).append(k)
        self._members = {screen: tuple(ks) for screen, ks in members.items()}
        self._screens: Any = screens if members else None
        self._names: dict[tuple[str, str | None], Context | None] = {}

    def named(self, a: Attribution) -> Context | None:
        """The first of the name contexts that fits ``a``'s name and address."""
        key = (a.outlet, a.url)
        if key in self._names:
            return self._names[key]
        if len(self._names) >= _NAME_MEMORY:
            self._names.clear()
        views = _Views(a, "")
        verdict = self._names[key] = next(
            (c.context for c in self.by_name if all(_holds(check, views) for check in c.checks)), None
        )
        return verdict

    def to_try(self, views: _Views) -> list[int]:
        """The contexts of ``rest`` to try, in table order: those without a screen, and those
        whose screen is found around the candidate."""
        if self._screens is None:
            return self._unscreened
        found = self._screens.Match(views.around(SCREEN_WINDOW).encode("utf-8", "surrogatepass"))
        hits = [k for screen in found or () for k in self._members.get(screen, ())]
        if not hits:
            return self._unscreened
        return sorted(self.unscreened.union(hits))


@cache
def _screens(contexts: tuple[Context, ...] = CONTEXTS) -> tuple[Any, dict[str, int]]:
    """Every screen of the table once, in one RE2 set, and the number each has in it: a screen
    that several contexts share (the picture contexts share their labels') is looked for once."""
    index: dict[str, int] = {}
    for context in contexts:
        if context.screen and context.screen not in index:
            index[context.screen] = len(index)
    found = re2.Set.SearchSet(_RE2_OPTIONS)
    for screen in index:
        found.Add(f"(?i:{screen})")
    found.Compile()
    return found, index


@cache
def _compiled(contexts: tuple[Context, ...] = CONTEXTS) -> tuple[_Compiled, ...]:
    return tuple(
        _Compiled(
            context,
            tuple(
                _Check(
                    c.where,
                    re.compile(c.pattern, re.MULTILINE if c.case_sensitive else re.MULTILINE | re.IGNORECASE),
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
def _judged_as() -> dict[str, str]:
    """The methods of the rules whose statements another rule's contexts judge (`Rule.judged_as`)."""
    return {f"text:{rule.id}": f"text:{rule.judged_as}" for rule in RULES if rule.judged_as}


@cache
def _plan(method: str, relation: Relation) -> _Plan:
    """The plan for statements of one rule and relation (a few of the table's contexts)."""
    method = _judged_as().get(method, method)
    extractor = method.split(":", 1)[0] + ":"
    return _Plan(
        tuple(
            c
            for c in _compiled()
            if relation in c.context.relations
            and (method in c.context.methods or extractor in c.context.methods)
        )
    )


class _Views:
    """The words around one candidate, cut once per view and window."""

    __slots__ = ("_a", "_cut", "_end", "_start", "_text")

    def __init__(self, a: Attribution, text: str) -> None:
        self._a = a
        self._text = text
        self._start = a.evidence.start
        self._end = a.evidence.end
        self._cut: dict[tuple[Where, int], str] = {}

    def get(self, where: Where, window: int) -> str:
        key = (where, window)
        view = self._cut.get(key)
        if view is None:
            view = self._cut[key] = _CUTS[where](self, window)
        return view

    def name(self, window: int) -> str:
        return self._a.outlet

    def url(self, window: int) -> str:
        return self._a.url or ""

    def evidence(self, window: int) -> str:
        # The words as the text is read (`plain_text`); a tag of metadata has no span in it.
        if self._end > self._start:
            return self._text[self._start : self._end]
        return self._a.evidence.text

    def before(self, window: int) -> str:
        text, start = self._text, self._start
        low = max(0, start - window)
        newline = text.rfind("\n", low, start)
        return text[newline + 1 if newline >= 0 else low : start]

    def sentence(self, window: int) -> str:
        """The words of the sentence up to the credited name: a rule may have read its subject
        into the evidence ("This photo first appeared on X" starts at "This")."""
        text, start = self._text, self._start
        # (Its last place in the evidence: a signature after a picture's credit names the agency
        # twice, "Foto: Jane Roe/dpa dpa/lby", and credits the second.)
        head = start + max(0, text.rfind(self._a.outlet, start, self._end) - start)
        low = max(0, head - window)
        newline = text.rfind("\n", low, head)
        before = text[newline + 1 if newline >= 0 else low : head]
        ends = [m.end() for m in _SENTENCE_END.finditer(before)]
        return before[ends[-1] :] if ends else before

    def before_lines(self, window: int) -> str:
        return self._text[max(0, self._start - window) : self._start]

    def after(self, window: int) -> str:
        text, end = self._text, self._end
        high = min(len(text), end + window)
        newline = text.find("\n", end, high)
        return text[end : newline if newline >= 0 else high]

    def after_lines(self, window: int) -> str:
        return self._text[self._end : self._end + window]

    def around(self, window: int) -> str:
        return self._text[max(0, self._start - window) : self._end + window]

    def labels(self, window: int) -> str:
        """The words before each colon on both sides, one label a line ("Claim", "Verdict"):
        a search of a few short labels costs less than one of the whole window."""
        text, start, end = self._text, self._start, self._end
        labels: list[str] = []
        for low, high in ((max(0, start - window), start), (end, end + window)):
            colon = text.find(":", low, high)
            for _ in range(_MAX_LABELS):
                if colon < 0:
                    break
                labels.append(text[max(low, colon - _LABEL_SPAN) : colon].replace("\n", " "))
                colon = text.find(":", colon + 1, high)
        return "\n".join(labels)


_CUTS: dict[Where, Callable[[_Views, int], str]] = {
    Where.NAME: _Views.name,
    Where.URL: _Views.url,
    Where.EVIDENCE: _Views.evidence,
    Where.BEFORE: _Views.before,
    Where.BEFORE_LINES: _Views.before_lines,
    Where.SENTENCE: _Views.sentence,
    Where.AFTER: _Views.after,
    Where.AFTER_LINES: _Views.after_lines,
    Where.AROUND: _Views.around,
    Where.LABELS: _Views.labels,
}


def _holds(check: _Check, views: _Views) -> bool:
    view = views.get(check.where, check.window)
    if check.count == 1:
        found = check.regex.search(view) is not None
    else:
        found = sum(1 for _ in islice(check.regex.finditer(view), check.count)) >= check.count
    return found != check.negate


def judge(a: Attribution, doc: Document, text: str | None = None) -> Context | None:
    """The context that overrules the candidate ``a`` of ``doc``, or None when it stands.

    ``text`` is the document's text as `text.plain_text` reads it (the checks spell a space as a
    space); it is read from ``doc`` when not given.

    >>> from provenance.extractors import extractors_for
    >>> from provenance.readers import text_document
    >>> doc = text_document("The old gate in 1910. Photo by Jane Roe, courtesy of the City Museum.")
    >>> [(a.outlet, judge(a, doc).id) for e in extractors_for() for a in e.extract(doc)
    ...  if a.evidence.method == "text:courtesy-of"]
    [('City Museum', 'picture-courtesy')]
    """
    if a.relation is Relation.IMAGE_CREDIT:
        return None
    plan = _plan(a.evidence.method, a.relation)
    if plan.by_name:
        named = plan.named(a)
        if named is not None:
            return named
    if not plan.rest:
        return None
    views = _Views(a, text if text is not None else plain_text(doc.text))
    location = a.evidence.location
    for k in plan.to_try(views):
        compiled = plan.rest[k]
        context = compiled.context
        if context.locations and location not in context.locations:
            continue
        if context.markup and doc.kind not in MARKUP_KINDS:
            continue
        if all(_holds(check, views) for check in compiled.checks):
            return context
    return None


def decided(found: list[Attribution], doc: Document) -> list[Attribution]:
    """``found`` with each candidate kept, dropped or made a picture credit, in the same order."""
    kept: list[Attribution] = []
    turned: list[Attribution] = []
    text = plain_text(doc.text) if found else doc.text
    for a in found:
        context = judge(a, doc, text)
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
