"""The text reader: decoding, refusals with the file's name, and the regions of a copied article."""

from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import pytest

from provenance import BinaryInput, EmptyInput, InputError, InputNotFound, InputTooLarge, Location, read_path
from provenance.readers import decode, mark_regions, read_stream, text_document
from provenance.readers.feed import read_feed
from provenance.readers.text import LineReader, location_at, mark_spans


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("Zürich\n".encode(), "Zürich\n", id="utf8"),
        pytest.param("Zürich\n".encode("utf-8-sig"), "Zürich\n", id="utf8-bom"),
        pytest.param(b"one\r\ntwo\r\n", "one\ntwo\n", id="crlf"),
        pytest.param(b"one\rtwo", "one\ntwo", id="cr"),
        pytest.param("Zürich".encode("utf-16"), "Zürich", id="utf16-bom"),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data, "x.txt") == expected


def test_latin1_is_detected_and_reported(caplog: pytest.LogCaptureFixture) -> None:
    text = "Le ministre a déclaré à l'AFP que la réforme était nécessaire, a-t-il ajouté à Genève."
    assert decode(text.encode("latin-1"), "fr.txt") == text
    assert "fr.txt: not UTF-8" in caplog.text


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "PNG", id="png"),
        pytest.param(b"%PDF-1.7\n", BinaryInput, "PDF", id="pdf"),
        pytest.param(b"abc\x00def", BinaryInput, "NUL", id="nul"),
        pytest.param(b"", EmptyInput, "no text", id="empty"),
        pytest.param(b"  \n\t\n", EmptyInput, "no text", id="blank"),
    ],
)
def test_refused_input_names_the_file(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words) as info:
        decode(data, "bad/input.bin")
    assert str(info.value).startswith("bad/input.bin: ")


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(InputTooLarge, match=r"big\.txt"):
        read_path(big, max_bytes=1024)
    assert read_path(big, max_bytes=4096)[0].text == "a" * 2048
    with pytest.raises(InputTooLarge, match="<stdin>"):
        read_stream(io.BytesIO(b"a" * 2048), "<stdin>", max_bytes=1024)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound, match=r"nope\.txt: no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputNotFound, match="is a directory"):
        read_path(tmp_path)


def test_unknown_kind(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown input kind 'pdf'"):
        read_path(tmp_path / "x", kind="pdf")


def test_seed_regions(seed_path: Path) -> None:
    doc = read_path(seed_path)[0]
    assert doc.title == "China Rebuffs Pentagon Chief For Talks Due To Sanctions On Top General"
    where = {doc.text[r.start : r.end].split("\n")[0][:20]: r.location for r in doc.regions}
    assert where["China Rebuffs Pentag"] is Location.TITLE
    assert where["China’s Defense Mini"] is Location.CAPTION
    assert where["Originally published"] is Location.HEADER
    assert where["MORE ON THE TOPIC:"] is Location.RELATED
    assert where["The post China Rebuf"] is Location.FOOTER
    assert doc.location_at(doc.text.index("Ratner told")) is Location.BODY
    assert doc.location_at(doc.text.index("Japan To Open")) is Location.RELATED


def test_regions_cover_lines_in_order() -> None:
    text = (
        "Title\n\nPhoto: A/B\nSome words\n" + "A body sentence with enough words to count here.\n" * 3 + "Bye"
    )
    regions, title = mark_regions(text)
    assert title == "Title"
    assert [r.start for r in regions] == sorted(r.start for r in regions)
    assert all(text[r.start : r.end].strip() for r in regions)


@pytest.mark.parametrize("text", ["one line only", "two\nlines"], ids=["one-line", "two-lines"])
def test_short_texts_are_all_body(text: str) -> None:
    doc = text_document(text)
    assert doc.title is None
    assert {r.location for r in doc.regions} == {Location.BODY}


def test_related_marker_on_a_one_line_text() -> None:
    doc = text_document("Read more: Originally published by Somebody")
    assert doc.location_at(0) is Location.RELATED


def test_json_lines_html_records(tmp_path: Path) -> None:
    import json

    path = tmp_path / "pages.jsonl"
    record = {
        "url": "https://copy.example/a",
        "html": "<p>Originally published by <a href='https://x.org/a'>X Daily</a></p>",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [doc] = read_path(path, kind="jsonl")
    assert doc.text == "Originally published by X Daily" and doc.links[0].href == "https://x.org/a"


def test_json_lines_bad_bytes_and_oversized_lines(tmp_path: Path) -> None:
    from provenance import InputError

    path = tmp_path / "dump.jsonl"
    path.write_bytes(
        b'{"text": "LONDON (Reuters) - fine."}\n'
        b'{"text": "\xff\xfe not utf-8"}\n'
        b'{"text": "' + b"x" * 5_000 + b'"}\n'
    )
    from provenance.readers import iter_path

    items = list(iter_path(path, max_bytes=1_000))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "InputError"]
    assert all(str(i).startswith(f"{path}:") for i in items if isinstance(i, InputError))


# ---------------------------------------------------------------- location_at: mark_spans, read locally

# Lines of every kind the region rules tell apart, near each of their length limits.
_LINE_KINDS = (
    "Read more:",
    "MORE ON THE TOPIC:",
    "Related",
    "Lesen Sie auch: Mehr",
    "see also: things",
    "Weiterlesen",
    "- item one",
    "• bullet",
    "1. first",
    "12) twelve",
    "- " + "li " * 40 + ".",
    "Photo: Jane Doe/AP",
    "(Photo: X)",
    "Image courtesy of NASA",
    "Caption: one two three four five six",
    "By Jane Doe: reporter at large here",
    "Short line",
    "x",
    "Title Without Stop",
    "Question?",
    "—",
    "A sentence that ends. Another one.",
    "The post Title appeared first on South Front.",
    "one two three four five six seven eight.",
    "w " * 29,
    "w " * 30,
    "word " * 40 + "end.",
    "x" * 199,
    "x " * 100,
    "Read more: " + "a" * 195,
    "a. " * 100,
    "b" * 300,
    "c " * 200,
    "d. " * 134,
    "e" * 2001,
    "f " * 1500 + "end. ",
    " " * 3000,
    "",
    "   ",
    "\t",
)


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        separator = rng.choice(["\n", "\n", "\n\n", "\n \n"])
        text = separator.join(rng.choice(_LINE_KINDS) for _ in range(rng.randint(0, 14)))
        texts.append(("\n" if rng.random() < 0.2 else "") + text + ("\n" if rng.random() < 0.3 else ""))
    return texts


def _marked_location(spans: list[tuple[Location, int, int]], offset: int) -> Location:
    for label, start, end in spans:
        if start <= offset < end:
            return label
    return Location.BODY


def _offsets(text: str, rng: random.Random) -> list[int]:
    """Where labels can change (around every line end), the two ends, and a few anywhere."""
    around = {o + d for o, char in enumerate(text) if char == "\n" for d in (-1, 0, 1)}
    anywhere = {rng.randint(0, len(text)) for _ in range(8)}
    return sorted(o for o in around | anywhere | {0, len(text)} if 0 <= o <= len(text))


@pytest.mark.parametrize("seed", range(6))
def test_location_at_reads_what_mark_spans_marks_at_every_offset(seed: int) -> None:
    rng = random.Random(seed)
    for text in _random_texts(seed, 300):
        spans = mark_spans(text)[0]
        reader = LineReader(text, 10**6)  # one reader for every offset: what it remembers stays right
        for offset in _offsets(text, rng):
            expected = _marked_location(spans, offset)
            assert location_at(text, offset, budget=10**6) is expected, (text, offset)
            assert reader.location(offset) is expected, (text, offset)


def test_location_at_gives_up_past_its_budget() -> None:
    paragraph = "word " * 40 + "end.\n"
    text = "Title\n" + paragraph + "Read more:\n" + "x\n" * 500 + paragraph
    offset = text.index("x\n" * 100) + 2 * 400  # 400 short lines under the marker
    assert location_at(text, offset, budget=64) is None
    assert location_at(text, offset, budget=10**6) is Location.RELATED


# ------------------------------------------------------------------ memory stays bounded

# The peak of this process's own memory: VmHWM, where Linux has it (ru_maxrss would count the
# memory of the test process that started it, which it inherits through exec).
_PEAK = """
import re, resource, sys
from pathlib import Path
from provenance.readers import iter_path
found = [type(d).__name__ + ":" + getattr(d, "source", "") for d in iter_path(sys.argv[1], max_bytes=1 << 20)]
status = Path("/proc/self/status")
hwm = re.search(r"VmHWM:\\s+(\\d+) kB", status.read_text()) if status.exists() else None
peak = int(hwm.group(1)) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak // 1024, *found)
"""


def test_a_json_line_of_half_a_gigabyte_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "one-line.jsonl"
    with path.open("wb") as out:  # sparse: 512 MB of NULs inside one line, between two good lines
        out.write(b'{"text": "Originally published by ZeroHedge"}\n{"text": "')
        out.seek(512 << 20)
        out.write(b'"}\n{"text": "(Reuters) - More."}\n')
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True, check=True
    )
    peak, *found = done.stdout.split()
    assert found == [f"Document:{path}:1", f"InputError:{path}:2", f"Document:{path}:3"]
    assert int(peak) < 300  # MB: the interpreter and the package, not the line


def test_a_feed_of_a_million_items_is_refused_by_a_count() -> None:
    item = b"<item><title>t</title><link>https://x.example/</link><description>d</description></item>"
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>' + item * 1_000_000
    with pytest.raises(InputError, match="about 1,000,000 items is over the limit of 100,000 items a feed"):
        read_feed(feed + b"</channel></rss>", "million.xml", max_bytes=len(feed) + 100)
