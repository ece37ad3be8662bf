"""Context checks read backwards: one match of a reversed pattern instead of a search of a window.

A rule's ``before`` and ``not_before`` checks end where the trigger starts (they end in ``\\Z``)
and are searched in the characters before it. Python's `re` tries every start in that window,
so one check costs the pattern tried a few hundred times (about 20 us for ``source-line``'s
160 characters), and most checks find nothing. "Does a match end here?" is also one anchored
match of the *reversed* pattern on the reversed window: a few characters read, not hundreds of
tries.

`reverse_end_anchored` builds the reversed pattern from `re`'s own parse tree. It reverses only
what it can reverse exactly (characters, classes, alternatives, groups with or without scoped
flags, repeats, ``\\b``, ``\\A``/``\\Z``, ``^``/``$`` under ``re.MULTILINE``, look-aheads, and
look-behinds of one character) and returns None for anything else (longer look-behinds,
back-references, atomic groups, a pattern that can end anywhere but ``\\Z``): the caller then keeps
the forward search. `ends_here` gives the answer, or None
when the only match it finds reaches the character before the window (whether the forward
search may start there is not its to say).

>>> forward = re.compile(r"\\b(?:this|the)\\s+(?:story|article)\\s+(?:was\\s+)?\\Z", re.IGNORECASE)
>>> backward = reverse_end_anchored(forward)
>>> text = "Note: This story was originally published by ProPublica."
>>> ts = text.index("originally")
>>> ends_here(backward, text, ts - 40, ts), forward.search(text, ts - 40, ts) is not None
(True, True)
>>> ends_here(backward, "The story of the original", 0, 17)
False
"""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[import-not-found]
    ANY,
    ASSERT,
    ASSERT_NOT,
    AT,
    AT_BEGINNING,
    AT_BEGINNING_STRING,
    AT_BOUNDARY,
    AT_END,
    AT_END_STRING,
    AT_NON_BOUNDARY,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    NOT_LITERAL,
    SUBPATTERN,
)
from typing import Any

__all__ = ["ends_here", "reverse_end_anchored"]

# Zero-width assertions and their mirror images. "^" and "$" mirror each other only under
# re.MULTILINE (start of a line / end of a line); without it "$" also matches before a final
# newline, which has no mirror.
_MIRROR = {
    AT_BEGINNING_STRING: AT_END_STRING,
    AT_END_STRING: AT_BEGINNING_STRING,
    AT_BOUNDARY: AT_BOUNDARY,
    AT_NON_BOUNDARY: AT_NON_BOUNDARY,
}
_MIRROR_MULTILINE = {AT_BEGINNING: AT_END, AT_END: AT_BEGINNING}
_ONE_CHARACTER = frozenset({LITERAL, NOT_LITERAL, ANY, IN})
_REPEATS = frozenset({MAX_REPEAT, MIN_REPEAT})
_ASSERTS = frozenset({ASSERT, ASSERT_NOT})


class _Irreversible(Exception):
    """A construct whose mirror image `re` cannot express (or that is not worth the risk)."""


def reverse_end_anchored(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The mirror image of ``pattern``, if every match of it ends with ``\\Z`` and it can be reversed.

    A match of ``pattern`` in ``text[start:end]`` (searched with ``pos=start, endpos=end``)
    exists exactly when the result matches ``text[start - 1 : end][::-1]`` at its start with
    a match that does not take in that character before the window (see `ends_here`).

    >>> reverse_end_anchored(re.compile(r"(?:By|Von)\\s+\\w+,?\\s*\\Z")).match("  ,eoD yB") is not None
    True
    >>> reverse_end_anchored(re.compile(r"via\\s+")) is None  # may end anywhere
    True
    >>> reverse_end_anchored(re.compile(r"(?<=xx)y\\Z")) is None  # a look-behind of two characters
    True
    >>> reverse_end_anchored(re.compile(r"(?<=[a-z]) y\\Z")).match("y a") is not None
    True
    """
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if not _ends_with_end(tree.data):
            return None
        multiline = bool(tree.state.flags & re.MULTILINE)
        mirrored = _reversed(tree, multiline)
        return _compiler.compile(mirrored, pattern.flags)  # type: ignore[no-any-return]
    except (_Irreversible, re.error, TypeError, ValueError, AttributeError, IndexError):
        # Also the internals of another Python version: the forward search is always right.
        return None


def ends_here(backward: re.Pattern[str], text: str, start: int, end: int) -> bool | None:
    """Whether the pattern that ``backward`` mirrors has a match in ``text[start:end]`` (it ends at ``end``).

    None when the one match found takes in the character before ``start``: the forward
    search must then decide (a rare case; a look-back that reaches so far seldom matches).
    """
    lead = start - 1 if start > 0 else 0
    window = text[lead:end][::-1]
    found = backward.match(window)
    if found is None:
        return False
    if lead < start and found.end() == len(window):
        return None
    return True


def _ends_with_end(items: list[tuple[Any, Any]]) -> bool:
    """True when every way through ``items`` ends with ``\\Z``."""
    if not items:
        return False
    op, av = items[-1]
    if op is AT:
        return av is AT_END_STRING
    if op is BRANCH:
        return all(_ends_with_end(alternative.data) for alternative in av[1])
    if op is SUBPATTERN:
        return _ends_with_end(av[-1].data)
    return False


def _reversed(sub: Any, multiline: bool) -> Any:
    items: list[tuple[Any, Any]] = []
    for op, av in reversed(sub.data):
        if op in _ONE_CHARACTER:
            items.append((op, av))
        elif op is AT:
            if av in _MIRROR:
                items.append((op, _MIRROR[av]))
            elif multiline and av in _MIRROR_MULTILINE:
                items.append((op, _MIRROR_MULTILINE[av]))
            else:
                raise _Irreversible(av)
        elif op is BRANCH:
            items.append((op, (av[0], [_reversed(alternative, multiline) for alternative in av[1]])))
        elif op in _REPEATS:
            low, high, body = av
            items.append((op, (low, high, _reversed(body, multiline))))
        elif op in _ASSERTS:
            # A look-behind read backwards is a look-ahead, and the other way round. A look-behind
            # of one character at most: at the window's edge the reversed text holds exactly one
            # character before it (`ends_here`), so a longer one could see less than the forward
            # search does.
            direction, body = av
            if direction < 0 and body.getwidth()[1] > 1:
                raise _Irreversible(op)
            items.append((op, (-direction, _reversed(body, multiline))))
        elif op is SUBPATTERN:
            # Scoped flags ("(?-i:...)") apply to the same characters read the other way; only
            # re.MULTILINE changes what a mirrored "^" or "$" means inside.
            group, add_flags, del_flags, body = av
            inner = (multiline or bool(add_flags & re.MULTILINE)) and not del_flags & re.MULTILINE
            items.append((op, (group, add_flags, del_flags, _reversed(body, inner))))
        else:
            raise _Irreversible(op)
    return _parser.SubPattern(sub.state, items)
