"""The command line: thin commands over the library, and the one place errors become messages.

`main` is the error boundary: a `ProvenanceError` prints ``Error: <message>`` on stderr and exits
1, a usage error exits 2, and no traceback reaches a user for bad input.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from provenance import __version__
from provenance._exceptions import ProvenanceError, ReferenceNotFound, RenderError, StoreError
from provenance.audit import audit, facts_of_store, find_outlet, flows_graph, neighbourhood, outlet_articles
from provenance.audit import overlap as find_overlap
from provenance.evaluate import evaluate
from provenance.extracted import is_extract_output
from provenance.extracted import load as load_extracted
from provenance.extractors import default_registry, extract
from provenance.folds import DEFAULT_FOLDS
from provenance.graph import graph_around, whole_graph
from provenance.ingest import DEFAULT_COMMIT_EVERY, combined, ingest, input_files, unexpected
from provenance.models import Article
from provenance.queries import conflicts as find_conflicts
from provenance.queries import origin, paths, spread
from provenance.readers import DEFAULT_MAX_BYTES, KINDS, Skipped, iter_path
from provenance.render import RENDERERS, ExtractResult, formats
from provenance.render.view import view_of_flows, view_of_graph
from provenance.resolver import OutletRegistry
from provenance.store import DEFAULT_DB, ENV_DB, Store, default_path


class _Failed(Exception):
    """Some inputs failed; their messages are already on stderr."""


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _stdout() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _registry(ctx: click.Context) -> OutletRegistry:
    path = ctx.obj.get("registry") if ctx.obj else None
    return OutletRegistry.from_file(path) if path else default_registry()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="provenance")
@click.option(
    "--registry",
    metavar="FILE",
    envvar="PROVENANCE_REGISTRY",
    help="An outlet registry file (JSON) to add to the bundled one; also $PROVENANCE_REGISTRY.",
)
@click.option("-v", "--verbose", count=True, help="Log more (-v: info, -vv: debug).")
@click.pass_context
def cli(ctx: click.Context, registry: str | None, verbose: int) -> None:
    """Trace where news articles came from.

    Reads the syndication statements of copied articles ("Originally published by ...",
    "(Reuters) -", "The post ... appeared first on ...") with their verbatim evidence.
    """
    _log_to_stderr(logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG)
    ctx.obj = {"registry": registry}


class _StderrHandler(logging.Handler):
    """Log records as one line each on the current stderr: "Warning: x.txt: not UTF-8; ..."."""

    def emit(self, record: logging.LogRecord) -> None:
        label = "Warning" if record.levelno == logging.WARNING else record.levelname.capitalize()
        print(f"{label}: {record.getMessage()}", file=sys.stderr)
        if record.exc_info and logging.getLogger("provenance").isEnabledFor(logging.DEBUG):
            print("".join(traceback.format_exception(*record.exc_info)), file=sys.stderr, end="")


def _log_to_stderr(level: int) -> None:
    logger = logging.getLogger("provenance")
    for handler in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
        logger.removeHandler(handler)
    logger.addHandler(_StderrHandler())
    logger.setLevel(level)


def _max_size_option(what: str) -> Callable[[Any], Any]:
    return click.option(
        "--max-size",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BYTES // (1024 * 1024),
        show_default=True,
        help=f"Refuse {what} larger than this many MB.",
    )


@cli.command("extract")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(formats("extract")), default="table", show_default=True)
@click.option("--url", help="The URL of this copy (recognises credits of the host itself).")
@click.option(
    "--kind", type=click.Choice(KINDS), help="Input format (default: guessed from name and content)."
)
@_max_size_option("inputs")
@click.pass_context
def extract_command(
    ctx: click.Context, files: tuple[str, ...], fmt: str, url: str | None, kind: str | None, max_size: int
) -> None:
    """Print the syndication statements of each FILE ('-' reads standard input).

    Statements are listed outermost first: layer 0 is the wrapper added last (a feed footer),
    the highest layer the oldest credit. A file that cannot be read is reported on stderr and
    skipped; the others are still processed, and the exit status is then 1.
    """
    registry = _registry(ctx)
    results: list[ExtractResult] = []
    failed = 0
    for path in files:
        try:
            for doc in iter_path(path, kind=kind, url=url, max_bytes=max_size * 1024 * 1024):
                if isinstance(doc, ProvenanceError):
                    _stderr().print(f"Error: {doc}", markup=False)
                    failed += 1
                    continue
                if isinstance(doc, Skipped):
                    continue
                results.append(ExtractResult(doc, extract(doc, registry=registry)))
        except ProvenanceError as exc:
            _stderr().print(f"Error: {exc}", markup=False)
            failed += 1
        except Exception as exc:  # a reader's bug on this file: the other files are still read
            logging.getLogger("provenance.cli").debug("%s: reading failed", path, exc_info=True)
            _stderr().print(f"Error: {path}: {unexpected(exc)}", markup=False)
            failed += 1
    renderer = RENDERERS[("extract", fmt)]
    if fmt == "json":
        click.echo(renderer(results))
    else:
        _stdout().print(renderer(results))
    if failed:
        raise _Failed


@cli.command("eval")
@click.argument("cases_dir", type=click.Path(file_okay=False), metavar="CASES_DIR")
@click.option("--format", "fmt", type=click.Choice(formats("eval")), default="table", show_default=True)
@click.option("--show-misses", is_flag=True, help="List what each case missed and what it found wrongly.")
@click.option("--by-source", is_flag=True, help="Also list the figures per source family, worst F1 first.")
@click.option(
    "--folds",
    type=click.IntRange(min=2),
    metavar="N",
    default=DEFAULT_FOLDS,
    show_default=True,
    help="Split the source families into this many folds.",
)
@click.option("--fold", type=click.IntRange(min=0), metavar="K", help="Score only the families of fold K.")
@click.option(
    "--except-fold", type=click.IntRange(min=0), metavar="K", help="Score every family but those of fold K."
)
@click.pass_context
def eval_command(
    ctx: click.Context,
    cases_dir: str,
    fmt: str,
    show_misses: bool,
    by_source: bool,
    folds: int,
    fold: int | None,
    except_fold: int | None,
) -> None:
    """Score the extractors on a labelled case set (the format of shared/data/dev).

    Prints strict (outlet and relation) and lenient (outlet only) precision, recall and F1, with
    and without the cases labelled ambiguous, then the strict figures by relation, phrase kind
    and language. Exits 1 if any case crashed.

    Source families are split in folds by a hash of their name: score a change with
    --except-fold 0 while making it and with --fold 0 to see it out of sample.
    """
    if fold is not None and except_fold is not None:
        raise click.UsageError("give --fold or --except-fold, not both")
    for name, k in (("--fold", fold), ("--except-fold", except_fold)):
        if k is not None and k >= folds:
            raise click.BadParameter(f"{k} is not one of the folds 0..{folds - 1}", param_hint=name)
    evaluation = evaluate(cases_dir, registry=_registry(ctx), folds=folds, fold=fold, except_fold=except_fold)
    renderer = RENDERERS[("eval", fmt)]
    if fmt == "json":
        click.echo(renderer(evaluation, show_misses=show_misses, by_source=by_source))
    else:
        _stdout().print(renderer(evaluation, show_misses=show_misses, by_source=by_source))
    if evaluation.errors:
        for case_id, message in sorted(evaluation.errors.items()):
            _stderr().print(f"Error: {case_id}: {message}", markup=False)
        raise _Failed


def _db_option(function: Any) -> Any:
    return click.option(
        "--db",
        metavar="PATH",
        envvar=ENV_DB,
        help=f"The store (default: ${ENV_DB}, else ./{DEFAULT_DB}).",
    )(function)


def _render(what: str, fmt: str, *args: Any) -> None:
    rendered = RENDERERS[(what, fmt)](*args)
    if fmt in ("json", "csv"):
        click.echo(rendered, nl=fmt == "json")
    else:
        _stdout().print(rendered)


@contextmanager
def _open_store(ctx: click.Context, db: str | None, *, must_exist: bool = True) -> Iterator[Store]:
    """The store, open; for a query (``must_exist``) read as of one moment (`Store.snapshot`), so
    that an ingest running meanwhile in another process cannot change it under the query."""
    path = db or default_path()
    if must_exist and path != ":memory:" and not os.path.exists(path):
        raise StoreError(f"{path}: no store here yet (run `provenance ingest` first, or give --db)")
    registry_file = ctx.obj.get("registry") if ctx.obj else None
    # The bundled registry is loaded only if the command comes to need it.
    with Store(path, registry=OutletRegistry.from_file(registry_file) if registry_file else None) as store:
        if must_exist:
            with store.snapshot():
                yield store
        else:
            yield store


def _article(store: Store, ref: str) -> Article:
    found = store.find_articles(ref)
    if not found:
        raise ReferenceNotFound(ref)
    if len(found) > 1:
        raise ReferenceNotFound(ref, tuple(f"{a.id}  {a.title or ''}".rstrip() for a in found))
    return found[0]


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_db_option
@click.option("-r", "--recursive", is_flag=True, help="Read the files in sub-folders too.")
@click.option(
    "--kind", type=click.Choice(KINDS), help="Input format (default: guessed from name and content)."
)
@click.option("--url", help="The URL of the copy (for a single text file).")
@_max_size_option("documents")
@click.option("--format", "fmt", type=click.Choice(formats("ingest")), default="table", show_default=True)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default="the number of cores",
    help="Processes at work: N - 1 read and extract while one writes.",
)
@click.option(
    "--reuse/--no-reuse",
    default=False,
    show_default=True,
    help="Also fingerprint each text and link the copies nobody credits, edited or partial (about six times slower).",
)
@click.option(
    "--commit-every",
    type=click.IntRange(min=1),
    default=DEFAULT_COMMIT_EVERY,
    show_default=True,
    help="Commit after this many documents (or 5 seconds): what a crash may lose, to run again.",
)
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
@click.option(
    "--fail-fast",
    is_flag=True,
    help="Stop at the first file or record that cannot be read (what is committed stays).",
)
@click.pass_context
def ingest_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    recursive: bool,
    kind: str | None,
    url: str | None,
    max_size: int,
    fmt: str,
    workers: int,
    reuse: bool,
    commit_every: int,
    progress: bool | None,
    fail_fast: bool,
) -> None:
    """Read documents (files, folders, JSON lines, HTML, feeds, WARC) into the store and link
    their statements. A folder written by `provenance spark extract` is loaded as it is.

    A document already in the store (the same text at the same URL) is left as it is. A file,
    record or feed item that cannot be read is named on stderr (with its line or record number)
    and skipped, the others land, the summary counts it as failed and the exit status is then 1;
    with --fail-fast the ingest stops there instead.
    """
    # The output of `provenance spark extract` is loaded as it is: nothing to read or extract again.
    extracted = [p for p in paths if os.path.isdir(p) and is_extract_output(p)]
    paths = tuple(p for p in paths if p not in extracted)
    files = list(input_files(paths, recursive=recursive))
    if url is not None and len(files) > 1:
        raise click.UsageError("--url names one copy: give it with a single file")
    total = sum(os.path.getsize(f) for f in files if f != "-" and os.path.isfile(f)) or None
    console = _stderr()
    show = console.is_terminal if progress is None else progress
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[docs]:,} docs"),
        TextColumn("{task.fields[rate]:,.0f} docs/s"),
        TimeRemainingColumn(),
    )
    with (
        _open_store(ctx, db, must_exist=False) as store,
        Progress(*columns, console=console, disable=not show, transient=True) as bar,
    ):
        task = bar.add_task("ingesting", total=total, docs=0, rate=0.0)
        store.reuse = reuse
        summaries = [
            load_extracted(
                store,
                folder,
                on_document=(lambda s: bar.update(task, docs=s.documents, rate=s.rate)) if show else None,
            )
            for folder in extracted
        ]
        if files or not extracted:
            summaries.append(
                ingest(
                    store,
                    files,
                    kind=kind,
                    url=url,
                    max_bytes=max_size * 1024 * 1024,
                    workers=workers,
                    commit_every=commit_every,
                    on_bytes=(lambda n: bar.advance(task, n)) if show else None,
                    on_document=(lambda s: bar.update(task, docs=s.documents, rate=s.rate)) if show else None,
                    fail_fast=fail_fast,
                )
            )
    summary = summaries[0] if len(summaries) == 1 else combined(summaries)
    _render("ingest", fmt, summary)
    if summary.failed:
        for source, reason in summary.failed:
            _stderr().print(f"Error: {source}: {reason}", markup=False)
        raise _Failed


@cli.group("spark")
def spark_group() -> None:
    """Run the extraction and the linking as Spark jobs, for inputs past one machine (needs the
    spark extra, pip install 'news-provenance[spark]', and Java 17). See docs/scale.md."""


@spark_group.command("extract", short_help="Extract the statements of many inputs into Parquet, on Spark.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", required=True, metavar="DIR", help="The output folder (Parquet; see docs/scale.md).")
@click.option(
    "--master",
    metavar="URL",
    help="Spark's master (default: the session's, else local[*]): local[2], yarn, ...",
)
@click.option("--partitions", type=click.IntRange(min=1), help="Spark tasks (default: one per input).")
@click.option("-r", "--recursive", is_flag=True, help="Read the files in sub-folders too.")
@_max_size_option("documents")
@click.option("--overwrite", is_flag=True, help="Replace an earlier output in --out.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def spark_extract_command(
    ctx: click.Context,
    inputs: tuple[str, ...],
    out: str,
    master: str | None,
    partitions: int | None,
    recursive: bool,
    max_size: int,
    overwrite: bool,
    fmt: str,
) -> None:
    """Read INPUT... (WARC/ARC files, JSON lines, HTML folders, globs, s3a:// URLs) in Spark tasks,
    one task per input, with the readers and extractors of `ingest`; write the documents, their
    statements and what could not be read as Parquet under --out. Load it with `provenance
    ingest DIR`. An input that cannot be read is named and counted; the job goes on (exit 1)."""
    from provenance.spark import default_master, input_shards, prepare_output, run_extract

    shards = input_shards(inputs, recursive=recursive)
    prepare_output(out, overwrite=overwrite)
    manifest, results = run_extract(
        shards,
        out,
        master=master or default_master(),
        partitions=partitions,
        registry=ctx.obj.get("registry") if ctx.obj else None,
        max_bytes=max_size * 1024 * 1024,
    )
    if fmt == "json":
        click.echo(json.dumps(manifest, indent=1))
    else:
        seconds, documents = manifest["seconds"], manifest["documents"]
        rate = documents / seconds if seconds > 0 else 0.0
        click.echo(
            f"{len(results):,} inputs: {documents:,} documents, {manifest['statements']:,} statements, "
            f"{manifest['skipped']:,} records skipped, {manifest['failed']:,} failed "
            f"({seconds:.1f} s, {rate:,.0f} documents/s); written to {out}"
        )
    failures = [f for r in results for f in r.first_failures]
    for source, reason in failures:
        _stderr().print(f"Error: {source}: {reason}", markup=False)
    if manifest["failed"]:
        more = manifest["failed"] - len(failures)
        if more > 0:
            _stderr().print(
                f"... and {more:,} more (all of them in {os.path.join(out, 'failures')})", markup=False
            )
        raise _Failed


@spark_group.command("link", short_help="Link an extract output and find every article's origin, on Spark.")
@click.option("--in", "inp", required=True, metavar="DIR", help="An output of `provenance spark extract`.")
@click.option("--out", required=True, metavar="DIR", help="The output folder (Parquet; see docs/scale.md).")
@click.option(
    "--master",
    metavar="URL",
    help="Spark's master (default: the session's, else local[*]): local[2], yarn, ...",
)
@click.option(
    "--partitions", type=click.IntRange(min=1), help="Spark's partitions a shuffle (default: two per core)."
)
@click.option("--overwrite", is_flag=True, help="Replace an earlier output in --out.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def spark_link_command(
    ctx: click.Context,
    inp: str,
    out: str,
    master: str | None,
    partitions: int | None,
    overwrite: bool,
    fmt: str,
) -> None:
    """Read the documents and statements that `spark extract` wrote in --in, and compute in Spark
    what `ingest` of the same inputs stores: the articles, the links between them and the merges
    of inferred articles; then the origin of every article and its path, as `origin` finds
    them. Written as Parquet under --out (articles, links, merges, origins)."""
    from provenance.spark import default_master
    from provenance.spark_link import prepare_output, run_link

    prepare_output(out, overwrite=overwrite)
    manifest = run_link(
        inp,
        out,
        master=master or default_master(),
        partitions=partitions,
        registry=ctx.obj.get("registry") if ctx.obj else None,
    )
    if fmt == "json":
        click.echo(json.dumps(manifest, indent=1))
    else:
        click.echo(
            f"{manifest['documents']:,} documents: {manifest['articles']:,} articles "
            f"({manifest['inferred']:,} inferred), {manifest['links']:,} links "
            f"({manifest['republished']:,} republications), {manifest['merges']:,} merges, "
            f"{manifest['origins']:,} origins ({manifest['seconds']:.1f} s); written to {out}"
        )
    if manifest["naming_documents"]:
        _stderr().print(
            f"Note: {manifest['naming_documents']:,} documents name their own sites; `ingest` learns outlet "
            "aliases from such names and `spark link` does not yet, so credits by those names may "
            "resolve differently (docs/scale.md)",
            markup=False,
        )
    for file, reason in manifest["damaged_parts"]:
        _stderr().print(f"Error: {file}: {reason}", markup=False, soft_wrap=True)
    if manifest["damaged_parts"]:
        raise _Failed


@cli.command("origin")
@click.argument("ref", metavar="REF")
@_db_option
@click.option("--format", "fmt", type=click.Choice(formats("origin")), default="tree", show_default=True)
@click.pass_context
def origin_command(ctx: click.Context, ref: str, db: str | None, fmt: str) -> None:
    """Where did this article first appear, and by which path did it reach this copy?

    REF is a URL, an article id, the path of an ingested file, or words of a title.
    """
    with _open_store(ctx, db) as store:
        article = _article(store, ref)
        graph = graph_around(store, article.id, up=True)
        _render("origin", fmt, article, origin(graph, article.id))


@cli.command("paths")
@click.argument("ref", metavar="REF")
@_db_option
@click.option("--format", "fmt", type=click.Choice(formats("paths")), default="tree", show_default=True)
@click.pass_context
def paths_command(ctx: click.Context, ref: str, db: str | None, fmt: str) -> None:
    """Every republication path from the origins to this article, surest first."""
    with _open_store(ctx, db) as store:
        article = _article(store, ref)
        graph = graph_around(store, article.id, up=True)
        _render("paths", fmt, article, paths(graph, article.id))


@cli.command("spread")
@click.argument("ref", metavar="REF")
@_db_option
@click.option("--format", "fmt", type=click.Choice(formats("spread")), default="tree", show_default=True)
@click.pass_context
def spread_command(ctx: click.Context, ref: str, db: str | None, fmt: str) -> None:
    """Where did this article go: the tree of its copies, and of their copies."""
    with _open_store(ctx, db) as store:
        article = _article(store, ref)
        graph = graph_around(store, article.id, up=False, down=True)
        _render("spread", fmt, spread(graph, article.id))


@cli.command("show")
@click.argument("ref", metavar="REF")
@_db_option
@click.option("--format", "fmt", type=click.Choice(formats("show")), default="table", show_default=True)
@click.pass_context
def show_command(ctx: click.Context, ref: str, db: str | None, fmt: str) -> None:
    """One article: its documents and every statement read from them, with the evidence."""
    with _open_store(ctx, db) as store:
        article = _article(store, ref)
        _render("show", fmt, article, store.documents(article.id), store.statements(article.id))


@cli.command("copies")
@click.argument("ref", metavar="REF")
@_db_option
@click.option("--format", "fmt", type=click.Choice(formats("copies")), default="table", show_default=True)
@click.pass_context
def copies_command(ctx: click.Context, ref: str, db: str | None, fmt: str) -> None:
    """Where an article's text appeared before and who copied it, found by the text itself
    (ingest with --reuse), and what that raises: copies that credit nobody, or the wrong outlet."""
    from provenance.copies import copies  # the reuse engine (numpy) only when asked for

    with _open_store(ctx, db) as store:
        _render("copies", fmt, copies(store, _article(store, ref).id))


@cli.command("outlets")
@_db_option
@click.option("--format", "fmt", type=click.Choice(formats("outlets")), default="table", show_default=True)
@click.option("--aliases", "aliases_of", metavar="OUTLET", help="Where each name of OUTLET was learned.")
@click.option("--conflicts", is_flag=True, help="The names two outlets or more claim.")
@click.pass_context
def outlets_command(
    ctx: click.Context, db: str | None, fmt: str, aliases_of: str | None, conflicts: bool
) -> None:
    """The outlets in the store, with how many articles each published, how often each is credited,
    and the names documents gave it (see docs/outlets.md).

    OUTLET is an outlet id, its name, a name learned for it, or one of its domains.
    """
    from provenance.audit import find_outlet

    with _open_store(ctx, db) as store:
        if conflicts:
            _render("alias-conflicts", fmt, store.alias_conflicts())
        elif aliases_of is not None:
            _render("aliases", fmt, store.aliases(find_outlet(store, aliases_of)))
        else:
            _render("outlets", fmt, store.outlets(), store.outlet_names())


@cli.command("stats")
@_db_option
@click.option("--conflicts", is_flag=True, help="Also list contradicting claims (loads the whole graph).")
@click.option("--format", "fmt", type=click.Choice(formats("stats")), default="table", show_default=True)
@click.pass_context
def stats_command(ctx: click.Context, db: str | None, conflicts: bool, fmt: str) -> None:
    """What the store holds: documents, articles, statements, links, merges."""
    with _open_store(ctx, db) as store:
        found = find_conflicts(whole_graph(store)) if conflicts else []
        _render("stats", fmt, store.stats(), found)


# ---------------------------------------------------------------------- render, audits

GRAPH_FORMATS = formats("graph")
_SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".dot": "dot",
    ".gv": "dot",
    ".svg": "svg",
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".json": "json",
    ".provn": "prov-n",
    ".mmd": "mermaid",
}


@contextmanager
def _no_gc() -> Iterator[None]:
    """The collector off while a large graph is built: it holds no cycles to free, and the
    collector's passes over millions of new objects cost a fifth of the time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _graph_format(fmt: str | None, output: str | None) -> str:
    if fmt:
        return fmt
    if output:
        name = output.lower()
        if name.endswith(".prov.json"):
            return "prov-json"
        for suffix, found in _SUFFIXES.items():
            if name.endswith(suffix):
                return found
    return "html"


def _write(text: str, output: str | None, what: str) -> None:
    if output is None or output == "-":
        click.echo(text, nl=not text.endswith("\n"))
        return
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    except OSError as exc:
        raise RenderError(f"{output}: cannot write ({exc.strerror or exc})") from None
    _stderr().print(f"Wrote {output}: {what}, {len(text.encode('utf-8')):,} bytes", markup=False)


def _output_option(function: Any) -> Any:
    return click.option(
        "-o",
        "--output",
        metavar="FILE",
        help="Write to FILE (default: standard output); its extension gives the format when --format is not.",
    )(function)


def _graph_format_option(function: Any) -> Any:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(GRAPH_FORMATS),
        help="The format (default: from the output's extension, else html).",
    )(function)


@cli.command("render")
@click.argument("ref", required=False, metavar="[REF]")
@click.option("--all", "everything", is_flag=True, help="The whole store, not one article's story.")
@click.option("--outlet", metavar="OUTLET", help="The stories of every article of an outlet.")
@_graph_format_option
@_output_option
@click.option("--title", help="The title of the report or graph.")
@_db_option
@click.pass_context
def render_command(
    ctx: click.Context,
    ref: str | None,
    everything: bool,
    outlet: str | None,
    fmt: str | None,
    output: str | None,
    title: str | None,
    db: str | None,
) -> None:
    """Draw the repost graph of one article's story (REF), of an outlet, or of the whole store.

    An article's story is everything upstream of it to its origins, and every copy of those
    origins. Formats: a self-contained HTML report, Graphviz DOT and SVG, GraphML and GEXF
    (Gephi), node-link JSON, W3C PROV-JSON and PROV-N, Mermaid.
    """
    if sum((ref is not None, everything, outlet is not None)) != 1:
        raise click.UsageError("give one of REF, --all or --outlet OUTLET")
    fmt = _graph_format(fmt, output)
    with _no_gc(), _open_store(ctx, db) as store:
        if everything:
            graph = whole_graph(store)
            name = title or "Repost graph of the whole store"
        elif outlet is not None:
            outlet_id = find_outlet(store, outlet)
            graph = neighbourhood(store, outlet_articles(store, outlet_id))
            found = store.outlet(outlet_id)
            name = title or f"Stories carried by {found.name if found else outlet_id}"
        else:
            assert ref is not None
            article = _article(store, ref)
            graph = neighbourhood(store, [article.id])
            name = title or f"Story of {article.title or article.url or article.id}"
    with _no_gc():
        view = view_of_graph(graph, name)
        text = RENDERERS[("graph", fmt)](view)
    articles = sum(n.kind == "article" for n in view.nodes)
    links = sum(e.kind != "published_by" for e in view.edges)
    _write(text, output, f"{articles:,} articles, {links:,} links")


@cli.command("flows")
@_graph_format_option
@_output_option
@click.option(
    "--min-copies", type=click.IntRange(min=0), default=0, show_default=True, help="Leave out weaker flows."
)
@click.option("--title", help="The title of the report or graph.")
@_db_option
@click.pass_context
def flows_command(
    ctx: click.Context,
    fmt: str | None,
    output: str | None,
    min_copies: int,
    title: str | None,
    db: str | None,
) -> None:
    """The outlet -> outlet graph: who copies whom and how much, and whom each outlet credits.

    An edge A -> B counts the copies B made of A's articles and the statements in B's articles
    that credit A without naming an article (wire, source and picture credits).
    """
    fmt = _graph_format(fmt, output)
    with _no_gc(), _open_store(ctx, db) as store:
        graph = flows_graph(facts_of_store(store))
    if min_copies:
        weak = [(u, v) for u, v, d in graph.edges(data=True) if d["copies"] < min_copies]
        graph.remove_edges_from(weak)
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    view = view_of_flows(graph, title or "Outlet flows")
    _write(RENDERERS[("graph", fmt)](view), output, f"{len(view.nodes):,} outlets, {len(view.edges):,} flows")


@cli.command("overlap")
@click.option("--top", type=click.IntRange(min=1), help="Only the N pairs that share most.")
@click.option(
    "--min-shared",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Only pairs that share at least K origins.",
)
@click.option("--format", "fmt", type=click.Choice(formats("overlap")), default="table", show_default=True)
@_db_option
@click.pass_context
def overlap_command(ctx: click.Context, top: int | None, min_shared: int, fmt: str, db: str | None) -> None:
    """Pairs of outlets that carried the same stories: shared origins, Jaccard, copies each way, lag."""
    with _no_gc(), _open_store(ctx, db) as store:
        pairs = find_overlap(store, min_shared=min_shared, top=top)
    if fmt == "csv":
        click.echo(RENDERERS[("overlap", fmt)](pairs), nl=False)
    else:
        _render("overlap", fmt, pairs)


@cli.command("audit")
@click.argument("outlet", metavar="OUTLET")
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="Sources and republishers listed.",
)
@click.option(
    "--copies",
    "copies_only",
    is_flag=True,
    help="List every copy of the outlet's articles found by text (ingest with reuse), and how it credits the outlet.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(set(formats("audit")) | set(formats("audit-copies")))),
    default="table",
    show_default=True,
    help="csv with --copies only.",
)
@_db_option
@click.pass_context
def audit_command(
    ctx: click.Context, outlet: str, top: int, copies_only: bool, fmt: str, db: str | None
) -> None:
    """One outlet's record: how much is original, republished or wire copy; whom it copies and who
    copies it; its credits that name no article; a timeline. With --copies: who took its articles
    (found by their text) and whether they credit it.

    OUTLET is an outlet id, its name or one of its domains.
    """
    if (("audit-copies" if copies_only else "audit"), fmt) not in RENDERERS:
        raise click.UsageError(f"--format {fmt} is for audit --copies only")
    if copies_only:
        from provenance.copies import outlet_copies  # the reuse engine (numpy) only when asked for

        with _open_store(ctx, db) as store:
            found = outlet_copies(store, find_outlet(store, outlet))
        _render("audit-copies", fmt, found)
        return
    with _no_gc(), _open_store(ctx, db) as store:
        report = audit(store, outlet, top=top)
    _render("audit", fmt, report)


def main(argv: list[str] | None = None) -> Any:
    """Run the command line; the one error boundary. Returns the exit status."""
    try:
        cli.main(args=argv, prog_name="provenance", standalone_mode=False)
    except _Failed:
        return 1
    except ProvenanceError as exc:
        _stderr().print(f"Error: {exc}", markup=False)
        return 1
    except click.exceptions.Abort:
        _stderr().print("Aborted.")
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except Exception as exc:  # a bug, not bad input: say so in one line, keep the traceback for -vv
        logging.getLogger("provenance.cli").debug("internal error", exc_info=True)
        _stderr().print(
            f"Error: internal error ({type(exc).__name__}: {exc}); please report it", markup=False
        )
        return 1
    return 0


def run() -> None:
    """The console script: `main` with its status as the process's exit status."""
    sys.exit(main())
