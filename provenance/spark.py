"""`provenance spark extract`: the extraction of `provenance ingest` as a PySpark job.

Each input (a WARC or ARC file, a JSON-lines file, an HTML page or feed) is one shard; a Spark task
reads it with the same readers as ``ingest`` (a WARC streams, it is never read whole) and runs the
same extractors on every record, then writes the shard's rows as Parquet (`provenance.extracted`).
Spark schedules the shards over its executors and brings back each shard's counts, nothing more:
no row of the data passes through the driver. ``provenance ingest OUT`` loads the output into a
store.

PySpark is an optional extra (``pip install 'news-provenance[spark]'``) and needs Java 17.
"""

from __future__ import annotations

import glob
import os
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any

from provenance._exceptions import ProvenanceError
from provenance.extracted import DATASETS, MANIFEST, ShardResult, extract_shard, write_manifest
from provenance.readers import DEFAULT_MAX_BYTES

# Schemes that name a file on a cluster's storage rather than on this machine.
_URL_SCHEMES = ("s3://", "s3a://", "gs://", "hdfs://", "abfs://", "abfss://", "file://")


class SparkUnavailable(ProvenanceError):
    """PySpark (or the Java it runs on) is not installed."""


def is_url(path: str) -> bool:
    return path.startswith(_URL_SCHEMES)


def input_shards(paths: Iterable[str], *, recursive: bool = False) -> list[str]:
    """The inputs, one shard each, in the order `provenance ingest` reads them and named as it
    names them: local files as given, folders' documents (see `provenance.ingest.input_files`),
    globs expanded; a URL of a cluster's storage (``s3a://bucket/crawl.warc.gz``) as given."""
    from provenance.ingest import input_files

    local: list[str] = []
    shards: list[str] = []
    for path in paths:
        if is_url(path):
            shards.extend(input_files(local, recursive=recursive))
            local = []
            shards.append(path)
        elif glob.has_magic(path):
            local.extend(sorted(glob.glob(path)) or [path])  # a glob matching nothing is named as missing
        else:
            local.append(path)
    shards.extend(input_files(local, recursive=recursive))
    return shards


def open_url(url: str) -> Any:
    """A binary stream of a file on a cluster's storage, read as it goes (pyarrow's file systems:
    S3, GCS, HDFS, Azure; ``s3a://`` is read as ``s3://``)."""
    from pyarrow import fs

    if url.startswith("s3a://"):
        url = "s3://" + url[len("s3a://") :]
    filesystem, path = fs.FileSystem.from_uri(url)
    return filesystem.open_input_stream(path)


def _open_stream(path: str) -> Any:
    return open_url(path)


def default_master() -> str | None:
    """``local[*]``, unless the master is Spark's to say: a session is active, or spark-submit
    started this process (it gives the master on its own command line)."""
    if "PYSPARK_GATEWAY_PORT" in os.environ:
        return None
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        return "local[*]"
    return None if SparkSession.getActiveSession() is not None else "local[*]"


def _session(master: str | None, app: str) -> tuple[Any, bool]:
    """The active Spark session, or a new one (and whether this call made it)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkUnavailable(
            "`provenance spark` needs PySpark and Java 17: pip install 'news-provenance[spark]'"
        ) from exc
    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active, False
    if (master or "").startswith("local"):
        # Local mode: the tasks' Python is this one (with provenance installed), not whatever
        # `python3` the PATH holds.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # no Java, a bad master URL: one line, not the JVM's trace
        raise SparkUnavailable(
            f"cannot start Spark ({type(exc).__name__}: {str(exc).splitlines()[0]})"
        ) from exc
    session.sparkContext.setLogLevel("ERROR")
    return session, True


def prepare_output(
    out: str, *, overwrite: bool, manifest: str = MANIFEST, datasets: Sequence[str] = DATASETS
) -> None:
    """Make ``out`` ready: new or empty, or (``overwrite``) an earlier output of the same job
    (its ``manifest``, or one of its ``datasets``), whose datasets and manifest go."""
    if os.path.exists(out) and not os.path.isdir(out):
        raise ProvenanceError(f"{out}: exists and is not a folder")
    if os.path.isdir(out) and os.listdir(out):
        ours = os.path.isfile(os.path.join(out, manifest)) or any(
            os.path.isdir(os.path.join(out, name)) for name in datasets
        )
        if not overwrite or not ours:
            what = "an earlier output: give --overwrite to replace it" if ours else "not empty"
            raise ProvenanceError(f"{out}: {what}")
        if os.path.exists(os.path.join(out, manifest)):
            os.remove(os.path.join(out, manifest))
        for name in datasets:
            shutil.rmtree(os.path.join(out, name), ignore_errors=True)
    os.makedirs(out, exist_ok=True)


def run_extract(
    shards: Sequence[str],
    out: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    registry: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[dict[str, Any], list[ShardResult]]:
    """Extract every shard on Spark into ``out`` (a folder every executor can write to: any
    folder in local mode, a shared mount on a cluster). Returns the manifest and the shards'
    results, in input order."""
    if not shards:
        raise ProvenanceError("no input to extract")
    out = os.path.abspath(out)
    registry = os.path.abspath(registry) if registry else None
    cwd = os.getcwd()
    session, made = _session(master, "provenance extract")
    started = time.perf_counter()
    try:
        work = session.sparkContext.parallelize(list(enumerate(shards)), partitions or len(shards))
        results: list[ShardResult] = work.map(
            lambda shard: extract_shard(
                shard[0],
                shard[1],
                out,
                registry=registry,
                max_bytes=max_bytes,
                open_stream=_open_stream if is_url(shard[1]) else None,
                cwd=cwd,
            )
        ).collect()
    finally:
        if made:
            session.stop()
    results.sort(key=lambda r: r.shard)
    manifest = write_manifest(out, results, time.perf_counter() - started)
    return manifest, results
