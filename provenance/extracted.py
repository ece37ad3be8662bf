"""Extraction output as Parquet: what `provenance spark extract` writes and `provenance ingest DIR`
loads into a store without extracting again.

An output folder holds three datasets, one Parquet file per input shard in each (the part of a
shard is written whole or not at all, so a task that runs twice leaves one copy):

- ``documents/part-NNNNN.parquet``: one row per document read (`DOCUMENT_FIELDS`);
- ``statements/part-NNNNN.parquet``: one row per statement, with all its evidence (`STATEMENT_FIELDS`);
- ``failures/part-NNNNN.parquet``: one row per record or file that could not be read;

and ``_extract.json``, written last, which lists the shards in input order with their counts.
Rows keep the order they were read in (``shard``, ``seq``), so that loading them gives the store
that `provenance ingest` of the same files in the same order gives.

Only `pyarrow` is needed here (the ``spark`` extra installs it); Spark only schedules the shards
(`provenance.spark`).
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from provenance._exceptions import InputError, ProvenanceError
from provenance.aliases import AliasClaim, alias_claims
from provenance.extractors import extract
from provenance.models import Attribution, Document, Evidence, Location, Relation, replaced, unchecked
from provenance.readers import DEFAULT_MAX_BYTES, Skipped, iter_path
from provenance.resolver import OutletRegistry
from provenance.store import document_keys

if TYPE_CHECKING:
    from provenance.bulk import BulkWriter
    from provenance.ingest import IngestSummary, Item
    from provenance.store import Store

log = logging.getLogger(__name__)

MANIFEST = "_extract.json"
FORMAT_VERSION = 1
DATASETS = ("documents", "statements", "failures")
ROWS_PER_GROUP = 10_000  # rows a Parquet row group holds: what a task keeps in memory at most

# name, Arrow type, nullable
DOCUMENT_FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("shard", "int32", False),
    ("seq", "int64", False),
    ("content_hash", "binary", False),
    ("article_key", "string", False),
    ("source", "string", False),
    ("item", "string", True),
    ("kind", "string", False),
    ("url", "string", True),
    ("title", "string", True),
    ("published", "string", True),
    ("statements", "int32", False),
    # The names the document gives sites (`provenance.aliases.alias_claims`), as JSON
    # [[name, host, method, evidence], ...], or null for none; an output without the column has none.
    ("aliases", "string", True),
    # The other addresses a page gives itself (`OWN_ADDRESS_SIGNALS`: rel=canonical, og:url), as
    # JSON [[signal, value], ...], or null for none: a store finds the article by them too.
    ("meta", "string", True),
)
# The metadata signals kept with a document: those the store reads once the text is gone.
OWN_ADDRESS_SIGNALS = frozenset({"canonical", "og:url"})
STATEMENT_FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("shard", "int32", False),
    ("seq", "int64", False),
    ("index", "int32", False),
    ("content_hash", "binary", False),
    ("relation", "string", False),
    ("outlet", "string", False),
    ("outlet_id", "string", False),
    ("url", "string", True),
    ("title", "string", True),
    ("confidence", "float64", False),
    ("layer", "int32", True),
    ("self_credit", "bool_", False),
    ("evidence_text", "string", False),
    ("evidence_start", "int64", False),
    ("evidence_end", "int64", False),
    ("method", "string", False),
    ("location", "string", False),
)
FAILURE_FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("shard", "int32", False),
    ("seq", "int64", False),
    ("source", "string", False),
    ("reason", "string", False),
)
_FIELDS = {"documents": DOCUMENT_FIELDS, "statements": STATEMENT_FIELDS, "failures": FAILURE_FIELDS}


class ExtractOutputError(ProvenanceError):
    """A folder that is not (or not whole) the output of `provenance spark extract`."""


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:  # pragma: no cover - the spark extra installs it
        raise ProvenanceError(
            "reading or writing Parquet needs pyarrow: pip install 'news-provenance[spark]'"
        ) from exc
    return pyarrow


def schema(dataset: str) -> Any:
    """The Arrow schema of one of `DATASETS`."""
    pa = _pyarrow()
    return pa.schema(
        [pa.field(name, getattr(pa, kind)(), nullable=null) for name, kind, null in _FIELDS[dataset]]
    )


@dataclass
class ShardResult:
    """What one shard gave: its counts, and the first failures (all of them are in ``failures/``)."""

    shard: int
    path: str
    documents: int = 0
    statements: int = 0
    skipped: int = 0
    failed: int = 0
    first_failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


@functools.cache
def _registry(path: str | None) -> OutletRegistry:
    return OutletRegistry.from_file(path) if path else OutletRegistry.bundled()


def shard_records(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, open_stream: Callable[[str], Any] | None = None
) -> Iterator[Document | InputError | Skipped]:
    """The records of one input, as `provenance ingest` reads them; a file that cannot be read at
    all, or breaks off, ends with an `InputError` naming it."""
    try:
        if open_stream is None:
            yield from iter_path(path, max_bytes=max_bytes)
        else:
            from provenance.readers import STREAM_READERS, guess_kind

            kind = guess_kind(path)
            with open_stream(path) as stream:
                if kind in STREAM_READERS:
                    yield from STREAM_READERS[kind](stream, path, max_bytes=max_bytes)
                else:
                    from provenance.readers import read_stream

                    yield from read_stream(stream, path, kind=kind, max_bytes=max_bytes)
    except InputError as exc:
        yield exc
    except Exception as exc:  # a broken file must not stop the job: it is named and counted
        yield InputError(path, f"{type(exc).__name__}: {exc}")


def extract_shard(
    shard: int,
    path: str,
    out: str,
    *,
    registry: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    open_stream: Callable[[str], Any] | None = None,
    cwd: str | None = None,
) -> ShardResult:
    """Read one input, extract the statements of its documents and write its three parts under
    ``out`` (a local folder). The parts are written under temporary names and renamed at the end.

    A relative ``path`` is read in ``cwd`` (the driver's folder: a task may run elsewhere), and
    its records are named by ``path`` as given, as `provenance ingest` of it names them."""
    pq = _pyarrow().parquet
    started = time.perf_counter()
    result = ShardResult(shard, path)
    found_in = _registry(registry)
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in DATASETS}
    writers: dict[str, Any] = {}
    parts = {name: os.path.join(out, name, f"part-{shard:05d}.parquet") for name in DATASETS}
    try:
        for name in DATASETS:
            os.makedirs(os.path.dirname(parts[name]), exist_ok=True)
            writers[name] = pq.ParquetWriter(parts[name] + ".tmp", schema(name))
        where = os.path.join(cwd, path) if cwd and open_stream is None and not os.path.isabs(path) else path
        records = shard_records(where, max_bytes=max_bytes, open_stream=open_stream)
        for seq, record in enumerate(_named(records, where, path) if where != path else records):
            if isinstance(record, Skipped):
                result.skipped += 1
            elif isinstance(record, InputError):
                result.failed += 1
                if len(result.first_failures) < 20:
                    result.first_failures.append((record.source, record.reason))
                rows["failures"].append(
                    {"shard": shard, "seq": seq, "source": record.source, "reason": record.reason}
                )
            else:
                found = extract(record, registry=found_in)
                digest, article_key = document_keys(record)
                result.documents += 1
                result.statements += len(found)
                rows["documents"].append(
                    _document_row(
                        shard, seq, record, digest, article_key, len(found), alias_claims(record, found)
                    )
                )
                rows["statements"].extend(
                    _statement_row(shard, seq, i, digest, a) for i, a in enumerate(found)
                )
            for name, pending in rows.items():
                if len(pending) >= ROWS_PER_GROUP:
                    _flush(writers[name], name, pending)
        for name, pending in rows.items():
            _flush(writers[name], name, pending)
    finally:
        for writer in writers.values():
            writer.close()
    for name in DATASETS:
        os.replace(parts[name] + ".tmp", parts[name])
    result.seconds = time.perf_counter() - started
    return result


def _named(
    records: Iterator[Document | InputError | Skipped], where: str, given: str
) -> Iterator[Document | InputError | Skipped]:
    """The records read from ``where``, named by the path the user gave (``given``)."""
    for record in records:
        if isinstance(record, Document) and record.source.startswith(where):
            record = replaced(record, source=given + record.source[len(where) :])
        elif isinstance(record, InputError) and record.source.startswith(where):
            record = InputError(given + record.source[len(where) :], record.reason)
        yield record


def _flush(writer: Any, name: str, rows: list[dict[str, object]]) -> None:
    if rows:
        writer.write_table(_pyarrow().Table.from_pylist(rows, schema=schema(name)))
        rows.clear()


def _document_row(
    shard: int,
    seq: int,
    doc: Document,
    digest: bytes,
    article_key: str,
    statements: int,
    claims: Sequence[AliasClaim] = (),
) -> dict[str, object]:
    return {
        "shard": shard,
        "seq": seq,
        "content_hash": digest,
        "article_key": article_key,
        "source": doc.source,
        "item": doc.item,
        "kind": doc.kind,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "statements": statements,
        "aliases": json.dumps([[c.name, c.host, c.method, c.evidence] for c in claims]) if claims else None,
        "meta": _meta_json(doc),
    }


def _meta_json(doc: Document) -> str | None:
    kept = [[signal, value] for signal, value in doc.meta if signal in OWN_ADDRESS_SIGNALS]
    return json.dumps(kept) if kept else None


def _meta(value: str | None) -> tuple[tuple[str, str], ...]:
    """The metadata pairs of a ``meta`` column's value (an output without the column has none)."""
    if not value:
        return ()
    return tuple((str(signal), str(content)) for signal, content in json.loads(value))


def _statement_row(shard: int, seq: int, index: int, digest: bytes, a: Attribution) -> dict[str, object]:
    ev = a.evidence
    return {
        "shard": shard,
        "seq": seq,
        "index": index,
        "content_hash": digest,
        "relation": a.relation.value,
        "outlet": a.outlet,
        "outlet_id": a.outlet_id,
        "url": a.url,
        "title": a.title,
        "confidence": a.confidence,
        "layer": a.layer,
        "self_credit": a.self_credit,
        "evidence_text": ev.text,
        "evidence_start": ev.start,
        "evidence_end": ev.end,
        "method": ev.method,
        "location": ev.location.value,
    }


# ---------------------------------------------------------------- the manifest


def write_manifest(out: str, results: Sequence[ShardResult], seconds: float) -> dict[str, Any]:
    """Write ``_extract.json``, the mark of a whole output: the shards in input order and their counts."""
    manifest: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "shards": [
            {k: v for k, v in asdict(r).items() if k not in ("first_failures",)}
            for r in sorted(results, key=lambda r: r.shard)
        ],
        "documents": sum(r.documents for r in results),
        "statements": sum(r.statements for r in results),
        "skipped": sum(r.skipped for r in results),
        "failed": sum(r.failed for r in results),
        "seconds": round(seconds, 3),
    }
    with open(os.path.join(out, MANIFEST + ".tmp"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    os.replace(os.path.join(out, MANIFEST + ".tmp"), os.path.join(out, MANIFEST))
    return manifest


def is_extract_output(path: str) -> bool:
    """True for a folder that `provenance spark extract` wrote (it holds ``_extract.json``).

    Raises `ExtractOutputError` for one that a job began and did not finish."""
    if os.path.isfile(os.path.join(path, MANIFEST)):
        return True
    if all(os.path.isdir(os.path.join(path, name)) for name in DATASETS[:2]):
        raise ExtractOutputError(
            f"{path}: an output of `provenance spark extract` that has no {MANIFEST}: the job did not "
            "finish; run it again (with --overwrite)"
        )
    return False


def read_manifest(path: str) -> dict[str, Any]:
    try:
        with open(os.path.join(path, MANIFEST), encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError) as exc:
        raise ExtractOutputError(f"{path}: cannot read {MANIFEST} ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
        raise ExtractOutputError(
            f"{path}: {MANIFEST} is not of format {FORMAT_VERSION}: written by another version of provenance"
        )
    return manifest


# ---------------------------------------------------------------- loading into a store


def load(
    store: Store,
    path: str,
    *,
    on_document: Callable[[IngestSummary], None] | None = None,
    bulk: bool = True,
) -> IngestSummary:
    """Add the documents and statements of an extract output to ``store``, shard by shard in
    input order, as `provenance ingest` of the same inputs would have (nothing is extracted
    again; a document already stored is left as it is). Failures recorded by the job are
    counted as failed.

    Into an empty store the documents go the bulk way (`provenance.bulk.BulkWriter`: many
    documents a statement of SQL, the store's articles in memory), else, or with ``bulk``
    false, through `Store.add` a few hundred at a time. Both give the same store."""
    from provenance.bulk import BulkWriter
    from provenance.ingest import IngestSummary

    manifest = read_manifest(path)
    summary = IngestSummary()
    started = time.perf_counter()
    writer = BulkWriter(store) if bulk and BulkWriter.usable(store) else None

    def progress() -> None:
        if on_document is not None:
            summary.seconds = time.perf_counter() - started
            on_document(summary)

    # The bulk path makes many objects that live until their window is written (rows, articles
    # in memory): the collector's passes over them, which find no garbage (reference counts free
    # it), took over a quarter of its time. Off while it loads; on again after.
    collecting = gc.isenabled() and writer is not None
    if collecting:
        gc.disable()
    try:
        _load_shards(store, path, manifest, writer, summary, progress)
    finally:
        if collecting:
            gc.enable()
    summary.seconds = time.perf_counter() - started
    summary.outlets = store.stats()["outlets"]
    return summary


def _load_shards(
    store: Store,
    path: str,
    manifest: dict[str, Any],
    writer: BulkWriter | None,
    summary: IngestSummary,
    progress: Callable[[], None],
) -> None:
    pq = _pyarrow().parquet
    window: _Window | None = None
    # The bulk path commits each window itself; a document at a time, the store commits in
    # groups, as ingest does.
    with store.grouped(**({"size": _WINDOW} if writer is not None else {})):
        for shard in manifest["shards"]:
            part = f"part-{int(shard['shard']):05d}.parquet"
            files = {name: os.path.join(path, name, part) for name in DATASETS}
            missing = [f for f in files.values() if not os.path.isfile(f)]
            if missing:
                if window is not None and writer is not None:
                    window.close(writer)  # what came before is whole: kept
                raise ExtractOutputError(f"{path}: {missing[0]} is missing (the output is not whole)")
            # Read on this thread from the mapped file: a load runs on one core, and Arrow's
            # threads only cost it (a part read in about half the CPU time, a third of the time).
            read = functools.partial(pq.read_table, use_threads=False, memory_map=True)
            try:
                documents, statements, failures = (
                    _read_part(read, files[name], name) for name in ("documents", "statements", "failures")
                )
            except _DamagedPart as exc:
                # A damaged part: named, and its shard skipped; the other shards are loaded.
                summary.failed.append((exc.file, exc.reason))
                continue
            for row in failures.to_pylist():
                summary.failed.append((row["source"], row["reason"]))
            summary.skipped += int(shard.get("skipped", 0))
            if writer is None:
                _load_each(store, documents, statements, summary, progress)
                continue
            by_seq = _statement_rows(statements.drop_columns(["shard", "content_hash"]).to_pydict())
            statement = _trusted_statement if _whole_statements(statements) else _planned_statement
            start, total = 0, int(documents.num_rows)
            while start < total and writer is not None:
                if window is None:
                    window = _Window(store, summary, progress)
                    writer.begin()
                piece = documents.slice(start, min(total - start, _WINDOW - window.size))
                window.parts.append((piece, statements))
                start += piece.num_rows
                if not window.add(writer, piece, by_seq, statement) or (
                    window.size >= _WINDOW and not window.close(writer)
                ):
                    writer = None  # the window was written a document at a time, and so is the rest
                if writer is None or window.size >= _WINDOW:
                    window = None
            if start < total:
                _load_each(store, documents.slice(start), statements, summary, progress)
        if window is not None and writer is not None:
            window.close(writer)


def readable_shards(path: str, manifest: dict[str, Any]) -> tuple[list[int], list[tuple[str, str]]]:
    """The shards of an extract output whose parts are whole (their Parquet footers read), and
    the damaged parts, each with why: read before a job, so that a damaged part is named and its
    shard skipped rather than failing the job midway. A missing part is `ExtractOutputError`."""
    pq = _pyarrow().parquet
    whole: list[int] = []
    damaged: list[tuple[str, str]] = []
    for shard in manifest["shards"]:
        number = int(shard["shard"])
        broken = []
        for name in DATASETS:
            file = os.path.join(path, name, f"part-{number:05d}.parquet")
            if not os.path.isfile(file):
                raise ExtractOutputError(f"{path}: {file} is missing (the output is not whole)")
            try:
                _read_part(pq.ParquetFile, file, name)
            except _DamagedPart as exc:
                broken.append((exc.file, exc.reason))
        damaged += broken
        if not broken:
            whole.append(number)
    return whole, damaged


class _DamagedPart(ExtractOutputError):
    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file, self.reason = file, reason


# Columns added to a dataset after its first version: an output written before them has none.
_LATER_COLUMNS = frozenset({"aliases", "meta"})


def _read_part(read: Callable[[str], Any], file: str, dataset: str) -> Any:
    """What ``read`` gives of one Parquet part of ``dataset`` (its table, or its footer), or
    `_DamagedPart` naming it: truncated, not Parquet, or without the columns the job writes."""
    try:
        part = read(file)
    except (OSError, ValueError, _pyarrow().lib.ArrowException) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        reason = reason.removeprefix(f"Could not open Parquet input source '{file}': ")
        raise _DamagedPart(file, f"not a readable Parquet part ({reason}); its shard is skipped") from exc
    names = set(part.column_names if hasattr(part, "column_names") else part.schema_arrow.names)
    lacking = [name for name, _, _ in _FIELDS[dataset] if name not in names and name not in _LATER_COLUMNS]
    if lacking:
        raise _DamagedPart(
            file,
            f"not a {dataset} part of an extract output (no column {', '.join(lacking)}); its shard is skipped",
        )
    return part


class _Window:
    """The documents of one bulk window, from one shard or several: counted when it is written,
    and kept, to be written again through `Store.add` if the writer fails on it."""

    def __init__(self, store: Store, summary: IngestSummary, progress: Callable[[], None]) -> None:
        self.store, self.summary, self.progress = store, summary, progress
        self.parts: list[tuple[Any, Any]] = []  # (documents, the statements of their shard)
        self.size = self.new = self.unchanged = self.attributions = 0
        self.failed: list[tuple[str, str]] = []

    def add(
        self,
        writer: BulkWriter,
        documents: Any,
        by_seq: dict[int, list[tuple[Any, ...]]],
        statement: Callable[[tuple[Any, ...]], Attribution],
    ) -> bool:
        """Add documents to the writer; False when it failed, and the window was written again."""
        try:
            _add_bulk(writer, documents, by_seq, statement, self)
        except BaseException as exc:
            return self._failed(writer, exc)
        return True

    def close(self, writer: BulkWriter) -> bool:
        """Write the window; False when the writer failed on it, and it was written again."""
        try:
            writer.end()
        except BaseException as exc:
            return self._failed(writer, exc)
        self.summary.new += self.new
        self.summary.unchanged += self.unchanged
        self.summary.attributions += self.attributions
        self.summary.failed += self.failed
        self.progress()
        return True

    def _failed(self, writer: BulkWriter, exc: BaseException) -> bool:
        from provenance.ingest import _store_failure

        writer.abandon()
        if not isinstance(exc, Exception) or _store_failure(exc):
            raise exc
        log.debug("the bulk load failed on a window; written a document at a time", exc_info=exc)
        for documents, statements in self.parts:
            _load_each(self.store, documents, statements, self.summary, self.progress)
        return False


def _load_each(
    store: Store, documents: Any, statements: Any, summary: IngestSummary, progress: Callable[[], None]
) -> None:
    """Write a shard's documents through `Store.add`, a few hundred a savepoint, written and
    counted as ingest's are (a document the store fails on is undone alone, and named; so is
    one whose rows are not what the job writes)."""
    from provenance.ingest import unexpected, write_piece

    by_seq: dict[int, list[dict[str, Any]]] = {}
    for row in sorted(statements.to_pylist(), key=lambda r: (r["seq"], r["index"])):
        by_seq.setdefault(row["seq"], []).append(row)
    rows = documents.to_pylist()
    for start in range(0, len(rows), _BATCH):
        items: list[Item] = []
        for row in rows[start : start + _BATCH]:
            try:
                found = [_attribution(r) for r in by_seq.get(row["seq"], [])]
                items.append(
                    (
                        _document(row),
                        (found, (row["content_hash"], row["article_key"]), _claims(row.get("aliases"))),
                    )
                )
            except (ValueError, TypeError, KeyError) as exc:
                items.append(InputError(str(row["source"]), unexpected(exc)))
        write_piece(store, items, summary)
        progress()


def _add_bulk(
    writer: BulkWriter,
    documents: Any,
    by_seq: dict[int, list[tuple[Any, ...]]],
    statement: Callable[[tuple[Any, ...]], Attribution],
    window: _Window,
) -> None:
    """Add documents of a shard to the writer's open window, counting them in ``window``; a row
    that is not what the job writes is counted as failed and skipped."""
    from provenance.bulk import Unplanned
    from provenance.ingest import unexpected

    total = int(documents.num_rows)
    docs = documents.drop_columns(
        [c for c in ("shard", "statements") if c in documents.column_names]
    ).to_pydict()
    rows = zip(
        docs["seq"],
        docs["content_hash"],
        docs["article_key"],
        docs["source"],
        docs["item"],
        docs["kind"],
        docs["url"],
        docs["title"],
        docs["published"],
        docs["aliases"] if "aliases" in docs else [None] * total,
        docs["meta"] if "meta" in docs else [None] * total,
        strict=True,
    )
    add = writer.add
    new = unchanged = attributions = 0
    for seq, digest, key, source, item, kind, url, title, published, aliases, meta in rows:
        statements_of = by_seq.get(seq, ())
        try:
            if not (isinstance(digest, bytes) and isinstance(key, str) and key):
                raise _BadRow("a document row without its content hash or article key")
            if not (isinstance(source, str) and isinstance(kind, str)):
                raise _BadRow("a document row without its source or kind")
            doc = unchecked(
                Document,
                text="",
                source=source,
                kind=kind,
                url=url,
                title=title,
                published=published,
                item=item,
                regions=(),
                links=(),
                meta=_meta(meta),
            )
            found = [statement(row) for row in statements_of]
            claims = _claims(aliases) if aliases else ()
        except (_BadRow, ValueError, TypeError, KeyError) as exc:
            window.failed.append((str(source), unexpected(exc)))
            continue
        try:
            added = add(doc, found, statements_of, digest, key, claims)
        except Unplanned as exc:  # nothing of it written; anything else undoes the window
            window.failed.append((source, unexpected(exc.__cause__ or exc)))
            continue
        if added:
            new += 1
            attributions += len(found)
        else:
            unchanged += 1
    window.size += total
    window.new += new
    window.unchanged += unchanged
    window.attributions += attributions


# Documents a bulk window holds: written and committed in one transaction; a crash loses at most
# the window not committed. Measured on 100,000 documents: windows of 10,000, 25,000 and 100,000
# took about the same time (larger ones merge more articles before they are written), and peaked
# at 499, 525 and 732 MB.
_WINDOW = 25_000


class _BadRow(Exception):
    """A row of the output that is not what `provenance spark extract` writes."""


_RELATIONS = {relation.value: relation for relation in Relation}
_LOCATIONS = {location.value for location in Location}
# The linking module reads no evidence: the bulk path writes each statement's evidence from its
# row, and gives the statements it plans with this one instead of building one each.
_NO_EVIDENCE = unchecked(Evidence, text="", start=0, end=0, method="", location=Location.BODY)


def _statement_rows(columns: dict[str, list[Any]]) -> dict[int, list[tuple[Any, ...]]]:
    """The statements of a shard by the `seq` of their document, in their order: each the row of
    `provenance.bulk.StatementRow`."""
    seqs, indexes = columns["seq"], columns["index"]
    order = range(len(seqs))
    if any(
        seqs[j] > seqs[j + 1] or (seqs[j] == seqs[j + 1] and indexes[j] > indexes[j + 1])
        for j in range(len(seqs) - 1)
    ):
        order = sorted(order, key=lambda j: (seqs[j], indexes[j]))  # type: ignore[assignment]
    rows = list(
        zip(
            columns["relation"],
            columns["outlet"],
            columns["outlet_id"],
            columns["url"],
            columns["title"],
            columns["confidence"],
            columns["layer"],
            columns["self_credit"],
            columns["evidence_text"],
            columns["evidence_start"],
            columns["evidence_end"],
            columns["method"],
            columns["location"],
            strict=True,
        )
    )
    by_seq: dict[int, list[tuple[Any, ...]]] = {}
    for j in order:
        by_seq.setdefault(seqs[j], []).append(rows[j])
    return by_seq


def _whole_statements(statements: Any) -> bool:
    """True when no statement row of a shard lacks a value it must have or has a relation or
    location that is none (checked column by column: each row need not be)."""
    for name in ("relation", "outlet", "outlet_id", "confidence", "self_credit", "evidence_text"):
        if statements.column(name).null_count:
            return False
    for name in ("evidence_start", "evidence_end", "method", "location"):
        if statements.column(name).null_count:
            return False
    relations = set(statements.column("relation").unique().to_pylist())
    locations = set(statements.column("location").unique().to_pylist())
    return relations <= _RELATIONS.keys() and locations <= _LOCATIONS


def _trusted_statement(row: tuple[Any, ...]) -> Attribution:
    """`_planned_statement` of a row of a shard whose rows are whole (`_whole_statements`)."""
    return unchecked(
        Attribution,
        relation=_RELATIONS[row[0]],
        outlet=row[1],
        outlet_id=row[2],
        url=row[3],
        title=row[4],
        evidence=_NO_EVIDENCE,
        confidence=row[5],
        layer=row[6],
        self_credit=row[7],
    )


def _planned_statement(row: tuple[Any, ...]) -> Attribution:
    """A statement row as the linking module reads it (see `_NO_EVIDENCE`); a row that is not
    what the job writes is a `_BadRow`."""
    outlet, outlet_id, method = row[1], row[2], row[11]
    if not (isinstance(outlet, str) and isinstance(outlet_id, str) and isinstance(method, str)):
        raise _BadRow(f"a statement row without its outlet or method ({outlet_id!r})")
    if row[12] not in _LOCATIONS:
        Location(row[12])  # says what is wrong, as the per-document path says it
    if not isinstance(row[8], str):
        raise _BadRow(f"a statement row without its evidence ({outlet_id!r})")
    return unchecked(
        Attribution,
        relation=_RELATIONS.get(row[0]) or Relation(row[0]),
        outlet=outlet,
        outlet_id=outlet_id,
        url=row[3],
        title=row[4],
        evidence=_NO_EVIDENCE,
        confidence=row[5],
        layer=row[6],
        self_credit=row[7],
    )


_BATCH = 256  # documents a savepoint of `Store.add` holds


def _claims(value: str | None) -> tuple[AliasClaim, ...]:
    return tuple(AliasClaim(*claim) for claim in json.loads(value)) if value else ()


def _document(row: dict[str, Any]) -> Document:
    # The store needs a document's fields, not its text (as from an ingest worker).
    return unchecked(
        Document,
        text="",
        source=row["source"],
        kind=row["kind"],
        url=row["url"],
        title=row["title"],
        published=row["published"],
        item=row["item"],
        regions=(),
        links=(),
        meta=_meta(row.get("meta")),
    )


def _attribution(row: dict[str, Any]) -> Attribution:
    evidence = unchecked(
        Evidence,
        text=row["evidence_text"],
        start=row["evidence_start"],
        end=row["evidence_end"],
        method=row["method"],
        location=Location(row["location"]),
    )
    return unchecked(
        Attribution,
        relation=Relation(row["relation"]),
        outlet=row["outlet"],
        outlet_id=row["outlet_id"],
        url=row["url"],
        title=row["title"],
        evidence=evidence,
        confidence=row["confidence"],
        layer=row["layer"],
        self_credit=row["self_credit"],
    )
