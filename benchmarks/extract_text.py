"""Throughput and worst-case benchmark of the text extractor (`provenance.extract` on plain text).

What it measures:

1. **Throughput** of ``provenance.extract(text)`` over a deterministic corpus of about ``--mb``
   megabytes (MB = 10**6 bytes of UTF-8): generated news-like English and German filler prose,
   sprinkled with words that hit the extractor's triggers but state no credit ("according to
   Reuters", "via email", "photo", ...), with a real credit text inserted in every 10th document:
   the dev cases of kind ``text`` (read at run time from ``--dev``; their text is never stored
   in the repository) and the seed article under ``examples/seed``. The first call, which
   compiles the patterns and loads the outlet registry, is a warm-up and is not timed. Before
   each corpus is timed, a quarter as much text of the same kind built with another seed (at
   least 2 MB) is read and not counted: RE2 builds the states of its automaton lazily, as new
   text needs them, and a new process pays for that over its first megabytes (about 100 us a
   document, measured), which a long ingest does not. That first pass is printed too.
2. **A baseline** on the same documents: one case-insensitive Python ``re`` alternation of the
   plain trigger phrases, ``finditer`` consumed to the end. It runs on a deterministic subset of
   the corpus (every n-th document, at least 10 MB); extraction is timed on that subset too, so
   the ratio compares the two on the same text.
3. **The credit corpus**, measured after the first: documents of about 2.7 KB (``--credit-mb`` MB
   of them, default a tenth of ``--mb`` and at least 5) in which *every* document carries a real
   credit excerpt: each dev text in turn, inside neutral filler prose (no decoys). Here the cost
   is that of the trigger hits, not of the scan; extraction and the baseline run on all of its
   documents. The excerpts recur (each about 15 times in 10 MB), so what the extractor
   remembers by the words it reads (the names it cut) serves them after their first round, as
   it serves a footer that comes back on every page of a site.
4. **Hostile inputs** of 0.5 MB and 1 MB (repeated credit phrases, nested and unbalanced
   brackets, uppercase runs, one 1 MB line, 1 MB of short lines, ...): extraction must stay
   linear (t(1 MB) at most 2.5 times t(0.5 MB)) and take under a second for 1 MB.

The extraction is single-threaded; by default the process is pinned to one core (``--no-one-core``
leaves the affinity alone). The exit status is 1 if a hostile input fails its limits, or if on
either corpus extraction is below 50 MB/s or less than 10 times as fast as the baseline;
everything is printed first.

Run it from the repository root::

    python benchmarks/extract_text.py [--quick]

``--quick`` builds a 10 MB corpus and a 5 MB credit corpus; ``--mb``, ``--credit-mb`` and ``--seed``
set the corpus sizes and the seed; ``--dev`` the directory of the dev cases (default
``../shared/data/dev`` beside the repository).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import provenance

REPO = Path(__file__).resolve().parent.parent
SEED_ARTICLE = REPO / "examples" / "seed" / "000_80a42ec52d295585.txt"
DEFAULT_DEV = REPO / ".." / "shared" / "data" / "dev"

MB = 1_000_000
MIN_MBPS = 50.0
MIN_RATIO = 10.0
HOSTILE_MAX_SECONDS = 1.0
HOSTILE_MAX_GROWTH = 2.5
BASELINE_MIN_BYTES = 10 * MB
CREDIT_EVERY = 10
CREDIT_DOC_BYTES = 2_700
CREDIT_MIN_MB = 5.0
WARM_SHARE = 0.25  # the warm-up corpus, a share of the measured one
WARM_MIN_MB = 2.0

# ---------------------------------------------------------------- filler vocabulary

_EN_WORDS = """
the the the the of of of to to to and and and a a in in in is was were has have had that that for
on on with with as as at by from it its this be are not will would could said says after before
over under about into than more most new last first year years week month day time people
government officials minister ministry president party election vote votes parliament council city
state country countries region market markets prices price shares company companies bank banks
investors economy economic growth inflation rates interest budget tax taxes plan plans policy
police court judge case report reports data study research university hospital health patients
school students workers union strike talks deal agreement war troops forces military attack
border security crisis climate energy gas oil power water weather storm fire flood residents
community local national international public private media news press statement spokesman
spokeswoman leader leaders opposition group groups members support against while during since
despite because although however also still already only just even then there their they he she
we our which who what when where how many much some all any each other another both several
million billion percent per early late high low long short major minor key top final next recent
told asked called announced expected reported confirmed denied warned added noted according
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Washington London Berlin Paris Brussels Madrid
Tokyo Beijing Moscow Kyiv Ottawa Canberra Smith Johnson Miller Garcia Müller Schmidt Novak
""".split()

_DE_WORDS = """
der der der die die die das das und und und in in im zu zu den den von von mit mit auf auf für
für ist ist war hat hatte haben wird werden wurde sich sich nicht nicht ein eine einen einem
dem des auch auch es sie er wir nach bei aus um über unter vor seit gegen durch ohne noch schon
nur mehr als wie wenn dass aber oder doch sehr jetzt heute gestern morgen Jahr Jahre Woche Monat
Tag Regierung Minister Ministerium Präsident Partei Wahl Bundestag Landtag Stadt Land Länder
Region Markt Märkte Preise Aktien Unternehmen Bank Banken Anleger Wirtschaft Wachstum Inflation
Zinsen Haushalt Steuern Pläne Politik Polizei Gericht Richter Bericht Studie Forschung
Universität Krankenhaus Gesundheit Schule Schüler Arbeitnehmer Gewerkschaft Streik Gespräche
Einigung Krieg Truppen Angriff Grenze Sicherheit Krise Klima Energie Strom Wasser Wetter Sturm
Feuer Hochwasser Bürger Gemeinde öffentlich privat Medien Erklärung Sprecher Sprecherin
Opposition Gruppe Mitglieder Unterstützung während trotz weil obwohl jedoch bereits weitere
viele einige alle jeder Millionen Milliarden Prozent früh spät hoch niedrig lang kurz große
kleine wichtige neue letzte erste nächste sagte erklärte kündigte teilte mit berichtete
bestätigte warnte betonte Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar
Februar März April Mai Juni Juli August September Oktober November Dezember Berlin München
Hamburg Köln Frankfurt Stuttgart Düsseldorf Leipzig Dresden Wien Zürich Brüssel Müller Schmidt
Schneider Fischer Weber Meyer Wagner Becker Schäfer Koch Bauer Größe Maßnahmen Straße Gebäude
""".split()

# Words that hit a trigger of the extractor but state no credit: a few per document.
_EN_DECOYS = (
    "according to Reuters",
    "told The Associated Press",
    "the source said",
    "via email",
    "photo",
    "sources familiar with the matter said",
    "Reuters reported",
    "told AFP on Monday",
    "said in an email to The Associated Press",
    "a source close to the talks",
    "the photo shows",
    "via video link",
    "a courtesy call",
    "was first published in 1998",
    "the original story",
    "Bloomberg News reported",
    "the image of the city",
    "the report was reprinted on its website",
    "the thread was cross-posted to Bluesky",
    "the AP reported",
    "open source software",
    "by the way, Reuters reported it first",
)
_DE_DECOYS = (
    "sagte ein Sprecher der Deutschen Presse-Agentur (dpa) am Mittwoch",
    "wie die Nachrichtenagentur Reuters berichtete",
    "die Quelle der Unruhe",
    "per E-Mail",
    "das Foto zeigt",
    "via Videoschalte",
    "laut AFP",
    "der Bericht ist im Mai erschienen",
    "sagte der Sprecher der Nachrichtenagentur dpa",
    "das Bild der Stadt",
    "nach Angaben von Reuters",
    "eine Quelle aus dem Ministerium",
)
DECOY_RATE = 0.07  # per sentence: two or three per document of about 40 sentences

# ---------------------------------------------------------------- baseline phrases

BASELINE_PHRASES: tuple[str, ...] = (
    r"originally\s+published",
    r"originally\s+posted",
    r"appeared\s+first",
    r"first\s+appeared",
    r"republished",
    r"reprinted",
    r"cross-?posted",
    r"syndicated\s+from",
    r"authored\s+by",
    r"source\s*:",
    r"quelle",
    r"fuente\s*:",
    r"via\s",
    r"courtesy\s+of",
    r"h/t",
    r"hat\s+tip",
    r"photo",
    r"foto",
    r"image",
    r"\(ap\)",
    r"\(reuters\)",
    r"\(afp\)",
    r"\(dpa\)",
    r"reuters",
    r"associated\s+press",
    r"reporting\s+by",
    r"mit\s+material",
    r"erschien",
    r"mit\s+freundlicher\s+genehmigung",
    r"publié",
    r"publicado",
    r"pubblicato",
    r"впервые",
    r"источник",
    r"con\s+información\s+de",
    r"copyright",
    r"©",
    r"the\s+post\s",
)


# ---------------------------------------------------------------- corpus


@dataclass
class Corpus:
    documents: list[str]
    credited: int
    nbytes: int
    credit_texts: int
    dev_note: str


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def load_credit_texts(dev: Path, *, seed_article: bool = True) -> tuple[list[str], str]:
    """The dev cases of kind text (read now, never stored) and the seed article."""
    texts: list[str] = []
    cases = dev / "cases.jsonl" if dev.is_dir() else dev
    if cases.is_file():
        with cases.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                case = json.loads(line)
                if case.get("kind", "text") == "text" and case.get("text"):
                    texts.append(case["text"])
        note = f"{len(texts)} dev texts from {cases.resolve()}"
    else:
        note = f"no dev cases at {cases.resolve()}"
    if seed_article and SEED_ARTICLE.is_file():
        texts.append(SEED_ARTICLE.read_text(encoding="utf-8"))
        note += " + the seed article"
    return texts, note


class FillerWriter:
    """News-like prose from a word list, deterministic for a given `random.Random`."""

    def __init__(self, rng: random.Random, decoy_rate: float = DECOY_RATE) -> None:
        self.rng = rng
        self.decoy_rate = decoy_rate

    def sentence(self, lang: str) -> str:
        rng = self.rng
        words = rng.choices(_DE_WORDS if lang == "de" else _EN_WORDS, k=rng.randint(8, 30))
        if rng.random() < self.decoy_rate:
            decoys = _DE_DECOYS if lang == "de" else _EN_DECOYS
            words.insert(rng.randrange(1, len(words)), rng.choice(decoys))
        if rng.random() < 0.3:
            i = rng.randrange(2, len(words) - 1)
            words[i] += ","
        if rng.random() < 0.1:
            words.insert(rng.randrange(1, len(words)), str(rng.randint(2, 2024)))
        first = words[0]
        words[0] = first[:1].upper() + first[1:]
        return " ".join(words) + rng.choice("......?!")

    def paragraph(self, lang: str) -> str:
        return " ".join(self.sentence(lang) for _ in range(self.rng.randint(2, 6)))

    def title(self, lang: str) -> str:
        words = self.rng.choices(_DE_WORDS if lang == "de" else _EN_WORDS, k=self.rng.randint(4, 10))
        return " ".join(w[:1].upper() + w[1:] for w in words)

    def document(self, lang: str, size: int, insert: str | None) -> str:
        paragraphs: list[str] = []
        total = 0
        while total < size:
            paragraph = self.paragraph(lang)
            paragraphs.append(paragraph)
            total += len(paragraph) + 1
        if insert is not None:
            paragraphs.insert(self.rng.randint(0, len(paragraphs)), insert)
        return self.title(lang) + "\n" + "\n".join(paragraphs) + "\n"


def build_corpus(mb: float, seed: int, dev: Path) -> Corpus:
    """Documents of 2-8 KB of filler until ``mb`` MB; every 10th holds a credit text."""
    credit_texts, note = load_credit_texts(dev)
    rng = random.Random(seed)
    writer = FillerWriter(rng)
    target = int(mb * MB)
    documents: list[str] = []
    nbytes = 0
    credited = 0
    while nbytes < target:
        insert = None
        if credit_texts and len(documents) % CREDIT_EVERY == 0:
            insert = credit_texts[credited % len(credit_texts)]
            credited += 1
        lang = "de" if rng.random() < 0.3 else "en"
        doc = writer.document(lang, rng.randint(2_000, 8_000), insert)
        documents.append(doc)
        nbytes += _utf8_len(doc)
    return Corpus(documents, credited, nbytes, len(credit_texts), note)


def build_credit_corpus(mb: float, seed: int, dev: Path) -> Corpus:
    """Documents of about 2.7 KB until ``mb`` MB, each a dev text inside neutral prose (no decoys)."""
    texts, note = load_credit_texts(dev, seed_article=False)
    rng = random.Random(seed + 1)
    writer = FillerWriter(rng, decoy_rate=0.0)
    target = int(mb * MB)
    documents: list[str] = []
    nbytes = 0
    while texts and nbytes < target:
        text = texts[len(documents) % len(texts)]
        lang = "de" if rng.random() < 0.3 else "en"
        title = writer.title(lang)
        size = _utf8_len(title) + _utf8_len(text) + 2
        paragraphs: list[str] = []
        while size < CREDIT_DOC_BYTES:  # sentence by sentence, so that the size is met closely
            sentences: list[str] = []
            for _ in range(rng.randint(2, 6)):
                sentences.append(writer.sentence(lang))
                size += _utf8_len(sentences[-1]) + 1
                if size >= CREDIT_DOC_BYTES:
                    break
            paragraphs.append(" ".join(sentences))
        paragraphs.insert(rng.randint(0, len(paragraphs)), text)
        documents.append(title + "\n" + "\n".join(paragraphs) + "\n")
        nbytes += _utf8_len(documents[-1])
    return Corpus(documents, len(documents), nbytes, len(texts), note)


# ---------------------------------------------------------------- timing


def time_extract(documents: Sequence[str]) -> tuple[list[float], int, int]:
    """Seconds per document, attributions found, documents with any attribution."""
    times: list[float] = []
    found = 0
    with_found = 0
    clock = time.perf_counter
    for doc in documents:
        t0 = clock()
        result = provenance.extract(doc)
        times.append(clock() - t0)
        found += len(result)
        with_found += bool(result)
    return times, found, with_found


def time_baseline(pattern: re.Pattern[str], documents: Sequence[str]) -> tuple[float, int]:
    """Seconds for one ``finditer`` pass over every document, and the matches found."""
    matches = 0
    t0 = time.perf_counter()
    for doc in documents:
        for _ in pattern.finditer(doc):
            matches += 1
    return time.perf_counter() - t0, matches


def baseline_subset(documents: Sequence[str], nbytes: int) -> tuple[list[int], int]:
    """Every n-th document (n <= 10, largest that keeps >= 10 MB), offset so both kinds are in it."""
    step = 1
    while step < 10 and nbytes / (step + 1) >= BASELINE_MIN_BYTES:
        step += 1
    if step == 10:
        step = 9  # coprime with CREDIT_EVERY: the subset has credit documents in the usual share
    indices = list(range(0, len(documents), step))
    return indices, step


def pin_one_core(enabled: bool) -> str:
    if not hasattr(os, "sched_getaffinity"):
        return f"{os.cpu_count()} cores; affinity not available on this platform"
    cpus = sorted(os.sched_getaffinity(0))
    total = os.cpu_count()
    if enabled:
        os.sched_setaffinity(0, {cpus[0]})
        return f"pinned to CPU {cpus[0]} (machine: {total} cores, allowed before: {cpus}); extraction is single-threaded"
    return f"affinity {cpus} of {total} cores (not pinned); extraction is single-threaded"


# ---------------------------------------------------------------- hostile inputs


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


def _nested(size: int) -> str:
    half = size // 2
    return "(" * half + ")" * (size - half)


def _uppercase_runs(size: int) -> str:
    return _repeat("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4 + " (X) - ")(size)


def _uppercase_line(size: int) -> str:
    tail = " (Reuters) - "
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * ((size - len(tail)) // 26) + tail


def _one_line(size: int) -> str:
    writer = FillerWriter(random.Random(size))
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = writer.sentence("en" if len(parts) % 3 else "de")
        parts.append(sentence)
        total += len(sentence) + 1
    return " ".join(parts)[:size]


HOSTILE: tuple[tuple[str, Callable[[int], str]], ...] = (
    ('"originally published by " repeated', _repeat("originally published by ")),
    ('"The post " repeated', _repeat("The post ")),
    ('"appeared first on " repeated', _repeat("appeared first on ")),
    ('"The post " + "appeared first on "', _repeat("The post x appeared first on ")),
    ("nested brackets ((((...))))", _nested),
    ("unbalanced brackets ((((", _repeat("(")),
    ('"(AP) " repeated', _repeat("(AP) ")),
    ('"Source: " repeated', _repeat("Source: ")),
    ('uppercase runs + "(X) - "', _uppercase_runs),
    ('one uppercase line + "(Reuters) - "', _uppercase_line),
    ("one line of random words", _one_line),
    ('"via " lines', _repeat("via \n")),
    ('one-letter lines "x\\n"', _repeat("x\n")),
    ('"Photo: X via " repeated', _repeat("Photo: Jane Doe via ")),
    # The feed footer in other languages: a noun opening it, again and again, before its phrase.
    ('"L\'articolo " + footer phrase', _repeat("L'articolo " * 30 + "sembra essere il primo su X. ")),
    ('"投稿 " + "は " + footer phrase', _repeat("投稿 " + "は " * 100 + "に最初に表示されました。")),
    # An outlet in parentheses opening every line, as a story's dateline opens it.
    ('lines "(CNN) — x"', _repeat("(CNN) — x\n")),
)


@dataclass
class HostileResult:
    name: str
    t_half: float
    t_full: float
    error: str | None = None

    @property
    def growth(self) -> float:
        return self.t_full / self.t_half if self.t_half > 0 else float("inf")

    @property
    def passed(self) -> bool:
        return self.error is None and self.growth <= HOSTILE_MAX_GROWTH and self.t_full < HOSTILE_MAX_SECONDS


def best_of(text: str, runs: int = 5, floor: float = 0.05) -> float:
    """The best time of one extraction of ``text``; fast inputs are repeated until a measurement
    lasts ``floor`` seconds, so that a ratio of two millisecond timings is not clock noise."""
    t0 = time.perf_counter()
    provenance.extract(text)
    once = time.perf_counter() - t0
    repeat = max(1, int(floor / max(once, 1e-6)))
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        for _ in range(repeat):
            provenance.extract(text)
        best = min(best, (time.perf_counter() - t0) / repeat)
    return best


def run_hostile(names: Sequence[str] | None = None) -> list[HostileResult]:
    results: list[HostileResult] = []
    for name, make in HOSTILE:
        if names and not any(n.lower() in name.lower() for n in names):
            continue
        half, full = make(MB // 2), make(MB)
        try:
            results.append(HostileResult(name, best_of(half), best_of(full)))
        except Exception as exc:  # a crash on hostile input is a failure to report, not to stop at
            results.append(HostileResult(name, float("nan"), float("nan"), f"{type(exc).__name__}: {exc}"))
    return results


# ---------------------------------------------------------------- main


def _mbps(nbytes: int, seconds: float) -> float:
    return nbytes / MB / seconds if seconds > 0 else float("inf")


def _check(name: str, mbps: float, ratio: float) -> list[str]:
    failures: list[str] = []
    if mbps < MIN_MBPS:
        failures.append(f"{name}: extract {mbps:.1f} MB/s is below {MIN_MBPS:.0f} MB/s")
    if ratio < MIN_RATIO:
        failures.append(f"{name}: ratio {ratio:.1f}x is below {MIN_RATIO:.0f}x")
    return failures


def run_corpus(corpus: Corpus, pattern: re.Pattern[str], warm: Corpus) -> tuple[float, float]:
    """Extraction over the whole corpus, the baseline over a subset; MB/s and the ratio, printed.

    ``warm``, a corpus of the same kind built with another seed, is read first and not counted:
    RE2 builds its automaton's states as it meets new text, which costs a new process its first
    megabytes (printed, as "first pass") and a long ingest nothing."""
    warm_times, _, _ = time_extract(warm.documents)
    print(
        f"first pass: {_mbps(warm.nbytes, sum(warm_times)):4.1f} MB/s on {warm.nbytes / MB:,.1f} MB of the "
        f"same kind (another seed): RE2's automaton is built as it reads; not counted"
    )
    documents = corpus.documents
    times, found, with_found = time_extract(documents)
    seconds = sum(times)
    mbps = _mbps(corpus.nbytes, seconds)
    print(
        f"extract:  {mbps:6.1f} MB/s ({seconds:.2f} s, {len(documents) / seconds:,.0f} documents/s; "
        f"{found:,} attributions in {with_found:,} documents)"
    )
    indices, step = baseline_subset(documents, corpus.nbytes)
    subset = [documents[i] for i in indices]
    sub_bytes = sum(_utf8_len(d) for d in subset)
    base_seconds, matches = time_baseline(pattern, subset)
    base_mbps = _mbps(sub_bytes, base_seconds)
    sub_extract_mbps = _mbps(sub_bytes, sum(times[i] for i in indices))
    where = "all documents" if step == 1 else f"every {step}th document"
    print(
        f"baseline: {base_mbps:6.1f} MB/s (python re, IGNORECASE, {len(BASELINE_PHRASES)} phrases; "
        f"on {sub_bytes / MB:,.1f} MB = {where}; {matches:,} matches)"
    )
    ratio = sub_extract_mbps / base_mbps
    print(f"ratio:    {ratio:6.1f}x (extract {sub_extract_mbps:.1f} MB/s / baseline, on the same documents)")
    return mbps, ratio


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    parser.add_argument(
        "--mb", type=float, default=100.0, help="corpus size in MB (10**6 bytes; default 100)"
    )
    parser.add_argument(
        "--credit-mb",
        type=float,
        default=None,
        help=f"credit corpus size in MB (default a tenth of --mb, at least {CREDIT_MIN_MB:.0f})",
    )
    parser.add_argument("--quick", action="store_true", help="a 10 MB corpus, for a fast check")
    parser.add_argument("--seed", type=int, default=20240501, help="seed of the filler generator")
    parser.add_argument(
        "--dev", type=Path, default=DEFAULT_DEV, help="directory of the dev cases (cases.jsonl)"
    )
    parser.add_argument(
        "--one-core",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="pin the process to its first allowed CPU (default on)",
    )
    parser.add_argument("--no-hostile", dest="hostile", action="store_false", help="skip the hostile inputs")
    args = parser.parse_args(argv)
    mb = 10.0 if args.quick else args.mb
    credit_mb = args.credit_mb if args.credit_mb is not None else max(CREDIT_MIN_MB, mb / 10)

    print(f"python:   {sys.version.split()[0]}, provenance {provenance.__version__}")
    print(f"cpu:      {pin_one_core(args.one_core)}")
    pattern = re.compile("|".join(BASELINE_PHRASES), re.IGNORECASE)

    t0 = time.perf_counter()
    provenance.extract(SEED_ARTICLE.read_text(encoding="utf-8") if SEED_ARTICLE.is_file() else "Warm-up.")
    print(f"warm-up:  first call {time.perf_counter() - t0:.2f} s (patterns, registry), not counted")
    failures: list[str] = []

    print()
    t0 = time.perf_counter()
    corpus = build_corpus(mb, args.seed, args.dev)
    print(f"filler corpus: one document in {CREDIT_EVERY} holds a credit text ({corpus.dev_note})")
    print(
        f"corpus:   {corpus.nbytes / MB:,.1f} MB in {len(corpus.documents):,} documents "
        f"({corpus.credited:,} with credits; seed {args.seed}; built in {time.perf_counter() - t0:.1f} s)"
    )
    warm = build_corpus(max(WARM_MIN_MB, mb * WARM_SHARE), args.seed + 1, args.dev)
    mbps, ratio = run_corpus(corpus, pattern, warm)
    failures += _check("filler corpus", mbps, ratio)

    print()
    t0 = time.perf_counter()
    credit = build_credit_corpus(credit_mb, args.seed, args.dev)
    if credit.documents:
        print(f"credit corpus: every document holds a credit excerpt ({credit.dev_note})")
        print(
            f"corpus:   {credit.nbytes / MB:,.1f} MB in {len(credit.documents):,} documents "
            f"({credit.nbytes / len(credit.documents):,.0f} bytes each on average; "
            f"built in {time.perf_counter() - t0:.1f} s)"
        )
        warm = build_credit_corpus(max(WARM_MIN_MB, credit_mb * WARM_SHARE), args.seed + 1, args.dev)
        credit_mbps, credit_ratio = run_corpus(credit, pattern, warm)
        failures += _check("credit corpus", credit_mbps, credit_ratio)
    else:
        print(f"credit corpus: skipped, {credit.dev_note}")
        failures.append(f"credit corpus: {credit.dev_note}")

    if args.hostile:
        print()
        print(
            f"hostile inputs (best of 5; limits: t(1 MB) < {HOSTILE_MAX_SECONDS:.0f} s, "
            f"t(1 MB)/t(0.5 MB) <= {HOSTILE_MAX_GROWTH})"
        )
        results = run_hostile()
        width = max(len(r.name) for r in results)
        print(f"  {'input':<{width}}  {'0.5 MB':>9}  {'1 MB':>9}  {'ratio':>6}  result")
        for r in results:
            if r.error is not None:
                print(f"  {r.name:<{width}}  {'-':>9}  {'-':>9}  {'-':>6}  FAIL (error: {r.error})")
                failures.append(f"hostile input {r.name}: raised {r.error}")
                continue
            verdict = "PASS" if r.passed else "FAIL"
            print(
                f"  {r.name:<{width}}  {r.t_half * 1000:7.1f}ms  {r.t_full * 1000:7.1f}ms  {r.growth:6.2f}  {verdict}"
            )
            if not r.passed:
                failures.append(f"hostile input {r.name}: {r.t_full:.3f} s for 1 MB, growth {r.growth:.2f}")

    print()
    if failures:
        for failure in failures:
            print(f"FAIL: {failure}")
        return 1
    print("OK: all limits met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
