"""The command line: thin commands over the library, and the one place errors become messages.

`main` is the error boundary: a `ProvenanceError` prints ``Error: <message>`` on stderr and exits
1, a usage error exits 2, and no traceback reaches a user for bad input.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click
from rich.console import Console

from provenance import __version__
from provenance._exceptions import ProvenanceError
from provenance.evaluate import evaluate
from provenance.extractors import default_registry, extract
from provenance.readers import DEFAULT_MAX_BYTES, KINDS, iter_path
from provenance.render import RENDERERS, ExtractResult, formats
from provenance.resolver import OutletRegistry


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


def _log_to_stderr(level: int) -> None:
    logger = logging.getLogger("provenance")
    for handler in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
        logger.removeHandler(handler)
    logger.addHandler(_StderrHandler())
    logger.setLevel(level)


@cli.command("extract")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(formats("extract")), default="table", show_default=True)
@click.option("--url", help="The URL of this copy (recognises credits of the host itself).")
@click.option("--kind", type=click.Choice(KINDS), help="Input format (default: guessed from name and content).")
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES // (1024 * 1024),
    show_default=True,
    help="Refuse inputs larger than this many MB.",
)
@click.pass_context
def extract_command(
    ctx: click.Context, files: tuple[str, ...], fmt: str, url: str | None, kind: str | None, max_size: int
) -> None:
    """Print the syndication statements of each FILE (``-`` reads standard input).

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
                results.append(ExtractResult(doc, extract(doc, registry=registry)))
        except ProvenanceError as exc:
            _stderr().print(f"Error: {exc}", markup=False)
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
@click.pass_context
def eval_command(ctx: click.Context, cases_dir: str, fmt: str, show_misses: bool) -> None:
    """Score the extractors on a labelled case set (the format of shared/data/dev).

    Prints strict (outlet and relation) and lenient (outlet only) precision, recall and F1, with
    and without the cases labelled ambiguous. Exits 1 if any case crashed.
    """
    evaluation = evaluate(cases_dir, registry=_registry(ctx))
    renderer = RENDERERS[("eval", fmt)]
    if fmt == "json":
        click.echo(renderer(evaluation, show_misses=show_misses))
    else:
        _stdout().print(renderer(evaluation, show_misses=show_misses))
    if evaluation.errors:
        raise _Failed


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
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        _stderr().print(
            f"Error: internal error ({type(exc).__name__}: {exc}); please report it", markup=False
        )
        return 1
    return 0


def run() -> None:
    """The console script: `main` with its status as the process's exit status."""
    sys.exit(main())
