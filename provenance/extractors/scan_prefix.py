"""What the trigger scan looks for: each trigger up to its first counted repetition.

The scan is one RE2 search for all the triggers at once, an automaton that RE2 builds as it
reads, a state for each set of partial matches it meets. A counted repetition ("[^\\n]{0,60}",
"(?:[A-Z]\\w+ ){1,3}") keeps a count of its own in every state, and the counts of several
triggers combine, so new text keeps bringing new states: measured on the extraction benchmark's
filler corpus, the scan of a text it had not read took three times as long as a second reading
of the same text, after megabytes of warm-up. The scan only has to find where a trigger may
start: the whole trigger is then matched there, anchored (`text.TextExtractor`). So it searches
for `scan_prefix` of each trigger: a pattern that matches wherever the trigger does (the part
before the count), and no count.
"""

from __future__ import annotations

_OPENERS = ("(?:", "(?i:", "(?-i:", "(?m:", "(?s:", "(?P<")


def scan_prefix(pattern: str, *, max_count: int = 8, max_group_count: int = 2) -> str:
    """``pattern`` cut before its first repetition counted to more than ``max_count`` characters
    or ``max_group_count`` times a group (or with no upper bound: "{2,}"). Whatever ``pattern`` matches at a place, the result matches there
    too (a prefix of the match); it may match at more places, which the caller checks again.

    A cut inside a group cuts every alternative of it that holds a count, and the group ends
    the result: what followed the group follows words the result no longer reads.

    >>> scan_prefix(r"\\(\\s*(?:AFP|dpa)\\s*(?:/[\\w.-]{0,19}\\s*){0,8}\\)")
    '\\\\(\\\\s*(?:AFP|dpa)\\\\s*'
    >>> scan_prefix(r"(?m:^)From (?:the )?(?:[A-Z][^\\s:]{1,40}|[a-z]{2,40}\\.[a-z]{2,6}): ")
    '(?m:^)From (?:the )?(?:[A-Z]|)'
    >>> scan_prefix(r"\\bvia\\s+(?:AP|AFP){1,2}\\s+[a-z]{2,6}\\b(?:\\s+\\w+){1,3}")
    '\\\\bvia\\\\s+(?:AP|AFP){1,2}\\\\s+[a-z]{2,6}\\\\b'
    """
    text, _, end = _alternation(pattern, 0, max_count, max_group_count)
    if end != len(pattern):
        raise ValueError(f"unbalanced parenthesis at {end} in {pattern!r}")
    return text


def _alternation(pattern: str, i: int, max_count: int, max_group_count: int) -> tuple[str, bool, int]:
    """The alternatives from ``i`` to the group's end: their prefixes, whether none was cut, and
    where the group ends."""
    branches: list[str] = []
    whole = True
    while True:
        text, complete, i = _sequence(pattern, i, max_count, max_group_count)
        branches.append(text)
        whole = whole and complete
        if i < len(pattern) and pattern[i] == "|":
            i += 1
            continue
        return "|".join(branches), whole, i


def _sequence(pattern: str, i: int, max_count: int, max_group_count: int) -> tuple[str, bool, int]:
    """One alternative's prefix: its atoms up to the first counted one (the rest is read past)."""
    out: list[str] = []
    complete = True
    while i < len(pattern) and pattern[i] not in "|)":
        atom, inner_text, inner_whole, i = _atom(pattern, i, max_count, max_group_count)
        quantifier, counted_past, i = _quantifier(
            pattern, i, max_group_count if atom[:1] == "(" else max_count
        )
        if not complete:
            continue
        if counted_past:
            complete = False
        elif not inner_whole:
            # A group cut inside: once, and optional where the quantifier allows none.
            optional = quantifier[:1] in ("?", "*") or quantifier.startswith("{0")
            out.append(inner_text + ("?" if optional else ""))
            complete = False
        else:
            out.append(atom + quantifier)
    return "".join(out), complete, i


def _atom(pattern: str, i: int, max_count: int, max_group_count: int) -> tuple[str, str, bool, int]:
    """The atom at ``i``: its text, its text cut (for a group), whether nothing was cut, and the end."""
    char = pattern[i]
    if char == "\\":
        end = i + 2
        if pattern[i + 1 : i + 2] in ("p", "P", "x") and pattern[i + 2 : i + 3] == "{":
            end = pattern.index("}", i) + 1
        elif pattern[i + 1 : i + 2] in ("p", "P"):
            end = i + 3
        return pattern[i:end], pattern[i:end], True, end
    if char == "[":
        end = i + 1
        if pattern[end : end + 1] == "^":
            end += 1
        if pattern[end : end + 1] == "]":  # a leading "]" is a member
            end += 1
        while pattern[end] != "]":
            end += 2 if pattern[end] == "\\" else 1
        return pattern[i : end + 1], pattern[i : end + 1], True, end + 1
    if char == "(":
        opener = next((o for o in _OPENERS if pattern.startswith(o, i)), "(")
        head = pattern[i : pattern.index(">", i) + 1] if opener == "(?P<" else opener
        inner, whole, end = _alternation(pattern, i + len(head), max_count, max_group_count)
        if pattern[end : end + 1] != ")":
            raise ValueError(f"unbalanced parenthesis at {i} in {pattern!r}")
        return pattern[i : end + 1], head + inner + ")", whole, end + 1
    return char, char, True, i + 1


def _quantifier(pattern: str, i: int, max_count: int) -> tuple[str, bool, int]:
    """The quantifier at ``i`` (lazy mark included), whether it counts past ``max_count``, and its end."""
    char = pattern[i : i + 1]
    if char in ("*", "+", "?"):
        end = i + 1
        counted = False
    elif char == "{" and (close := pattern.find("}", i)) > i and _is_count(pattern[i + 1 : close]):
        end = close + 1
        _, comma, high = pattern[i + 1 : close].partition(",")
        counted = bool(comma) and (not high or int(high) > max_count)
    else:
        return "", False, i
    if pattern[end : end + 1] == "?":
        end += 1
    return pattern[i:end], counted, end


def _is_count(body: str) -> bool:
    low, comma, high = body.partition(",")
    return low.isdigit() and (not high or high.isdigit()) and (bool(comma) or not high)
