"""`provenance spark link`: the articles, links, merges and origins of an extract output, in Spark.

`provenance spark extract` writes the documents and statements of a crawl as Parquet
(`provenance.extracted`). This job reads them and computes what `provenance ingest` of the same
inputs would hold in its store, with DataFrame joins and group-bys (no row of the data passes
through the driver):

1. each document, in the order ingest reads them (``shard``, ``seq``; a content read twice counts
   once), is planned in a task by the store's own linking function (`provenance.link`): its
   own, real article, the articles its republication statements name (by URL, or by outlet and
   title) and the links they state;
2. a reference by title goes to the real article of that outlet and title read before the copy
   (of several, the last published before the copy), else to an inferred article, which merges
   into the first real article of that outlet and title read after it (a merge, reason
   ``title``); an inferred article named by URL becomes the real one when its page is read
   (reason ``url``), unless a page of its outlet and title read first takes it in;
3. the links are the planned ones with their ends resolved (an edge from an article to itself
   goes), and each republication edge's confidence is the noisy-OR of its independent evidence
   (`provenance.graph`);
4. the origin of every article is found by walking the republication edges upstream, one join
   a step, as `provenance.queries.origin` walks them: every simple path up to a root (an
   article with no source, or whose sources are all on the path already: a cycle), the best
   path per root, and the roots ranked by confidence, date, path length and key.

What a store learns as it reads, outlet aliases (`provenance.aliases`), is not applied: the
statements keep the outlets the registry gave them (docs/scale.md lists this and the other
differences).

The output (`DATASETS`) and its manifest, ``_link.json``, written last, are described in
docs/scale.md.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Sequence
from typing import Any

from provenance.extracted import MANIFEST as EXTRACT_MANIFEST
from provenance.extracted import ExtractOutputError, is_extract_output, read_manifest, readable_shards
from provenance.graph import noisy_or
from provenance.link import COPY, CREDITS, REPUBLISHED

MANIFEST = "_link.json"
FORMAT_VERSION = 1
DATASETS = ("articles", "links", "merges", "origins")
# The store walks at most this many republication steps upstream of an article (`Store.links_around`).
MAX_DEPTH = 64
_SHARD_BITS = 40  # a document's place: its shard in the high bits, its record's number in the low ones

# The schemas of the output, as Spark DDL (see docs/scale.md).
ARTICLES_SCHEMA = (
    "id string, url string, title string, outlet_id string, published string, "
    "published_source string, inferred boolean"
)
LINKS_SCHEMA = (
    "src string, dst string, outlet_id string, kind string, weight double, "
    "shard int, seq bigint, index int, content_hash binary"
)
MERGES_SCHEMA = "inferred_id string, article_id string, reason string"
ORIGINS_SCHEMA = (
    "article string, rank int, origins int, origin string, outlet_id string, path array<string>, "
    "hops array<double>, confidence double, cyclic boolean, tied boolean"
)

_PLAN_SCHEMA = (
    "pos bigint, key string, url string, title string, title_key string, outlet_id string, "
    "published string, refs array<struct<ref:int, key:string, outlet_id:string, url:string, "
    "title:string, title_key:string, by_title:boolean>>, "
    "links array<struct<statement:int, kind:string, src:int, dst:int, outlet_id:string, weight:double>>"
)


# ---------------------------------------------------------------- one document, in a task


def _plan(row: Any, registry_path: str | None) -> tuple[Any, ...]:
    """A document row (with its statements) planned by `provenance.link.plan_document`, as
    `_PLAN_SCHEMA`: its own article, the articles its statements name, the links between them."""
    from provenance.extracted import _attribution, _claims, _document, _registry
    from provenance.link import plan_document

    said = sorted((s.asDict() for s in row["found"] or ()), key=lambda s: s["index"])
    found = [_attribution(s) for s in said]
    plan = plan_document(
        _document(row.asDict()),
        found,
        key=row["article_key"],
        claims=_claims(row["aliases"]),
        registry=_registry(registry_path),
    )
    own = plan.article
    return (
        (row["shard"] << _SHARD_BITS) | row["seq"],
        own.key,
        own.url,
        own.title,
        own.title_key,
        own.outlet_id,
        own.published,
        [
            (i, r.key, r.outlet_id, r.url, r.title, r.title_key, r.by_title)
            for i, r in enumerate(plan.references)
        ],
        [(k.statement, k.kind, k.src, k.dst, k.outlet_id, k.weight) for k in plan.links],
    )


def _edge_confidence(evidence: Iterable[Any]) -> float:
    """The confidence of an edge from its links' statements, as `provenance.graph.build_graph`
    combines them: the links of one statement place and document counted once (as the store
    lists them), then the same words by the same rule once, then the noisy-OR."""
    unique: dict[tuple[Any, ...], Any] = {}
    for e in sorted(evidence, key=lambda e: (e["pos"], e["index"])):  # in the store's order
        unique[(e["start"], e["source"], e["outlet_id"])] = e
    best: dict[tuple[str, str], float] = {}
    for e in unique.values():
        key = (e["method"], " ".join(e["text"].split()))
        best[key] = max(best.get(key, 0.0), e["weight"])
    return noisy_or(best.values())


# ---------------------------------------------------------------- the job


def _parts(inp: str, name: str, shards: Sequence[int] | None) -> list[str]:
    """The files of dataset ``name`` to read: its folder, or the parts of ``shards`` only."""
    if shards is None:
        return [os.path.join(inp, name)]
    return [os.path.join(inp, name, f"part-{shard:05d}.parquet") for shard in shards]


def link_frames(
    session: Any, inp: str, *, registry: str | None = None, shards: Sequence[int] | None = None
) -> dict[str, Any]:
    """The four output DataFrames (`DATASETS`) of the extract output in ``inp`` (of its
    ``shards`` only, when given: the others' parts are damaged)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    documents = session.read.parquet(*_parts(inp, "documents", shards))
    statements = session.read.parquet(*_parts(inp, "statements", shards))
    if "aliases" not in documents.columns:
        documents = documents.withColumn("aliases", F.lit(None).cast("string"))
    documents = documents.withColumn("pos", F.col("shard").cast("long") * (1 << _SHARD_BITS) + F.col("seq"))
    # A content read twice is stored once, where it was first read.
    first = documents.groupBy("content_hash").agg(F.min("pos").alias("pos"))
    documents = documents.join(first, ["content_hash", "pos"], "left_semi")
    grouped = statements.groupBy("shard", "seq").agg(
        F.collect_list(F.struct(*statements.columns)).alias("found")
    )
    rows = documents.join(grouped, ["shard", "seq"], "left")
    plans = session.createDataFrame(
        rows.rdd.mapPartitions(lambda part: (_plan(row, registry) for row in part)), _PLAN_SCHEMA
    ).persist()

    facts = plans.select("pos", "key", "url", "title", "title_key", "outlet_id", "published")
    refs = plans.select(
        "pos", F.col("published").alias("copy_published"), F.explode("refs").alias("r")
    ).select("pos", "copy_published", "r.*")
    real_first = facts.groupBy("key").agg(F.min("pos").alias("first_pos"))
    dated = (
        facts.where(F.col("published").isNotNull())
        .groupBy("key")
        .agg(F.min_by("published", "pos").alias("article_published"))
    )

    # A reference by title: the real articles of that outlet and title read by then.
    titled = facts.where(F.col("outlet_id").isNotNull() & (F.col("title_key") != "")).select(
        F.col("key").alias("cand"),
        F.col("pos").alias("cand_pos"),
        F.col("outlet_id").alias("o"),
        F.col("title_key").alias("t"),
    )
    by_title = refs.where("by_title")
    candidates = (
        by_title.join(titled, (by_title.outlet_id == titled.o) & (by_title.title_key == titled.t))
        .where(F.col("cand_pos") <= F.col("pos"))
        .join(dated.withColumnRenamed("key", "cand"), "cand", "left")
        .join(real_first.withColumnRenamed("key", "cand"), "cand", "left")
    )
    before = (
        F.col("article_published").isNotNull()
        & F.col("copy_published").isNotNull()
        & (F.col("article_published") <= F.col("copy_published"))
    )
    choice = Window.partitionBy("pos", "ref").orderBy(
        before.desc(), F.col("article_published").desc_nulls_last(), F.col("first_pos"), F.col("cand")
    )
    chosen = (
        candidates.withColumn("n", F.row_number().over(choice))
        .where("n = 1")
        .select("pos", "ref", F.col("cand").alias("chosen"))
    )
    # Else an inferred article, which the first real article of that outlet and title read
    # afterwards takes in.
    first_titled = titled.groupBy("o", "t").agg(F.min_by("cand", "cand_pos").alias("later"))
    # An article named by URL before its page is read is inferred too, and so taken in by the
    # first real article of its outlet and title read afterwards, unless its own page comes
    # first; a credit of that URL after that names it anew.
    first_named = (
        refs.where(~F.col("by_title"))
        .withColumn("n", F.row_number().over(Window.partitionBy("key").orderBy("pos", "ref")))
        .where("n = 1")
        .select(
            "key", F.col("pos").alias("c"), F.col("outlet_id").alias("uo"), F.col("title_key").alias("ut")
        )
        .join(real_first, "key", "left")
        .where(F.col("first_pos").isNull() | (F.col("c") < F.col("first_pos")))
    )
    taken = (
        first_named.join(
            titled,
            (F.col("uo") == F.col("o")) & (F.col("ut") == F.col("t")) & (F.col("cand_pos") > F.col("c")),
        )
        .groupBy("key", "first_pos")
        .agg(F.min_by("cand", "cand_pos").alias("taker"), F.min("cand_pos").alias("taken_at"))
        .where(F.col("first_pos").isNull() | (F.col("first_pos") > F.col("taken_at")))
        .select("key", "taker", "taken_at")
    )
    resolved_refs = (
        refs.join(chosen, ["pos", "ref"], "left")
        .join(first_titled, (F.col("outlet_id") == F.col("o")) & (F.col("title_key") == F.col("t")), "left")
        .join(taken, "key", "left")
        .withColumn(
            "final",
            F.when(~F.col("by_title") & (F.col("pos") < F.col("taken_at")), F.col("taker"))
            .when(~F.col("by_title"), F.col("key"))
            .when(F.col("chosen").isNotNull(), F.col("chosen"))
            .otherwise(F.coalesce(F.col("later"), F.col("key"))),
        )
        .drop("o", "t")
        .persist()
    )

    # The links, their ends resolved.
    planned = plans.select("pos", F.col("key").alias("copy"), F.explode("links").alias("l")).select(
        "pos", "copy", "l.*"
    )
    ends = resolved_refs.select("pos", "ref", "final")
    links = (
        planned.join(
            ends.withColumnRenamed("ref", "src").withColumnRenamed("final", "src_key"), ["pos", "src"], "left"
        )
        .join(
            ends.withColumnRenamed("ref", "dst").withColumnRenamed("final", "dst_key"), ["pos", "dst"], "left"
        )
        .select(
            "pos",
            F.col("statement").alias("index"),
            F.when(F.col("src") == COPY, F.col("copy")).otherwise(F.col("src_key")).alias("src"),
            F.when(F.col("kind") == CREDITS, F.lit(None).cast("string"))
            .when(F.col("dst") == COPY, F.col("copy"))
            .otherwise(F.col("dst_key"))
            .alias("dst"),
            "outlet_id",
            "kind",
            "weight",
        )
        .where((F.col("kind") == CREDITS) | (F.col("src") != F.col("dst")))
    )
    keyed = documents.select("pos", "shard", "seq", "content_hash", "source")
    links = links.join(keyed, "pos").persist()

    # The articles: the real ones (what their documents say, the last word for url, title and
    # outlet, the first for the date), and those only statements name, as the first names them.
    inferred_first = Window.partitionBy("key").orderBy("pos", "ref")
    named = (
        resolved_refs.where(F.col("final") == F.col("key"))
        .withColumn("n", F.row_number().over(inferred_first))
        .where("n = 1")
        .select(
            "key",
            F.col("pos").alias("named_pos"),
            F.col("url").alias("named_url"),
            F.col("title").alias("named_title"),
            F.col("outlet_id").alias("named_outlet"),
        )
    )
    real = facts.groupBy("key").agg(
        F.min("pos").alias("first_pos"),
        F.max_by("url", F.when(F.col("url").isNotNull(), F.col("pos"))).alias("url"),
        F.max_by("title", F.when(F.col("title").isNotNull(), F.col("pos"))).alias("title"),
        F.max_by("outlet_id", F.when(F.col("outlet_id").isNotNull(), F.col("pos"))).alias("outlet_id"),
        F.min_by("published", F.when(F.col("published").isNotNull(), F.col("pos"))).alias("published"),
    )
    earlier = F.col("named_pos") < F.col("first_pos")
    real_articles = real.join(named, "key", "left").select(
        F.col("key").alias("id"),
        F.coalesce("url", F.when(earlier, F.col("named_url"))).alias("url"),
        F.coalesce("title", F.when(earlier, F.col("named_title"))).alias("title"),
        F.coalesce("outlet_id", F.when(earlier, F.col("named_outlet"))).alias("outlet_id"),
        "published",
        F.when(F.col("published").isNotNull(), F.lit("document")).alias("published_source"),
        F.lit(False).alias("inferred"),
    )
    inferred_articles = named.join(real, "key", "left_anti").select(
        F.col("key").alias("id"),
        F.col("named_url").alias("url"),
        F.col("named_title").alias("title"),
        F.col("named_outlet").alias("outlet_id"),
        F.lit(None).cast("string").alias("published"),
        F.lit(None).cast("string").alias("published_source"),
        F.lit(True).alias("inferred"),
    )
    articles = real_articles.unionByName(inferred_articles).persist()

    # The merges: an inferred article named by URL before its page was read, and one named by
    # title that a real article of that title took in.
    url_merges = (
        resolved_refs.where(~F.col("by_title") & (F.col("final") == F.col("key")))
        .join(real_first, "key")
        .where(F.col("pos") < F.col("first_pos"))
        .select(
            F.col("key").alias("inferred_id"), F.col("key").alias("article_id"), F.lit("url").alias("reason")
        )
    )
    title_merges = resolved_refs.where(
        F.col("by_title") & F.col("chosen").isNull() & F.col("later").isNotNull()
    ).select(
        F.col("key").alias("inferred_id"), F.col("later").alias("article_id"), F.lit("title").alias("reason")
    )
    taken_merges = taken.select(
        F.col("key").alias("inferred_id"), F.col("taker").alias("article_id"), F.lit("title").alias("reason")
    )
    merges = url_merges.unionByName(title_merges).unionByName(taken_merges).distinct()

    origins = origin_frame(session, articles, links, statements)
    return {
        "articles": _shaped(articles, ARTICLES_SCHEMA),
        "links": _shaped(links, LINKS_SCHEMA),
        "merges": _shaped(merges, MERGES_SCHEMA),
        "origins": _shaped(origins, ORIGINS_SCHEMA),
    }


def _shaped(frame: Any, schema: str) -> Any:
    """``frame``'s columns of ``schema`` (a DDL of plain columns), in its order and types."""
    from pyspark.sql import functions as F

    columns = (column.split(" ", 1) for column in schema.split(", "))
    return frame.select(*[F.col(name).cast(kind).alias(name) for name, kind in columns])


def origin_frame(session: Any, articles: Any, links: Any, statements: Any) -> Any:
    """The origins of every article (`ORIGINS_SCHEMA`), by walking the republication edges
    upstream one join a step, as `provenance.queries.origin` walks them."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    # Python's own arithmetic, so that equal sums and ties come out as the store's do (lambdas:
    # PySpark would read type hints as asking for pandas).
    confidence = F.udf(lambda evidence: _edge_confidence(evidence), "double", useArrow=False)
    rounded = F.udf(lambda value: round(value, 9), "double", useArrow=False)
    evidence = links.where(F.col("kind") == REPUBLISHED).join(
        statements.select(
            "shard",
            "seq",
            "index",
            F.col("outlet_id").alias("said_outlet"),
            F.col("method"),
            F.col("evidence_text").alias("text"),
            F.col("evidence_start").alias("start"),
        ),
        ["shard", "seq", "index"],
    )
    edges = (
        evidence.groupBy("src", "dst")
        .agg(
            F.collect_list(
                F.struct(
                    "pos",
                    "index",
                    "start",
                    "source",
                    F.col("said_outlet").alias("outlet_id"),
                    "method",
                    "text",
                    "weight",
                )
            ).alias("evidence")
        )
        .select("src", "dst", confidence("evidence").alias("hop"))
        .persist()
    )
    sources = edges.select(F.col("src").alias("s"), F.col("dst").alias("d"))
    frontier = articles.select(
        F.col("id").alias("target"),
        F.col("id").alias("at"),
        F.array("id").alias("up"),
        F.array().cast("array<double>").alias("hops"),
    )
    ended = []
    for _ in range(MAX_DEPTH + 1):
        fresh = (frontier["at"] == sources["d"]) & ~F.array_contains(frontier["up"], sources["s"])
        ended.append(frontier.join(sources, fresh, "left_anti"))
        frontier = (
            frontier.join(
                edges, (frontier["at"] == edges["dst"]) & ~F.array_contains(frontier["up"], edges["src"])
            )
            .select(
                "target",
                F.col("src").alias("at"),
                F.concat("up", F.array("src")).alias("up"),
                F.concat("hops", F.array("hop")).alias("hops"),
            )
            .localCheckpoint()
        )
        if frontier.isEmpty():
            break
    else:
        ended.append(frontier)  # as deep as the store walks: the paths end here
    paths = ended[0]
    for more in ended[1:]:
        paths = paths.unionByName(more)
    cyclic = edges.select(F.col("dst").alias("at")).distinct().withColumn("cyclic", F.lit(True))
    paths = (
        paths.withColumn(
            "confidence", F.aggregate(F.reverse("hops"), F.lit(1.0).cast("double"), lambda acc, x: acc * x)
        )
        .join(cyclic, "at", "left")
        .withColumn("cyclic", F.coalesce("cyclic", F.lit(False)))
    )
    # The best path to each root: the surest; of equally sure ones, the first the walk meets.
    best = Window.partitionBy("target", "at").orderBy(F.col("confidence").desc(), F.col("up"))
    roots = (
        paths.withColumn("n", F.row_number().over(best))
        .where("n = 1")
        .join(
            articles.select(F.col("id").alias("at"), "outlet_id", F.col("published").alias("root_published")),
            "at",
            "left",
        )
        .withColumn("rounded", rounded("confidence"))
    )
    order = Window.partitionBy("target").orderBy(
        F.col("rounded").desc(),
        F.coalesce(F.when(F.col("root_published") != "", F.col("root_published")), F.lit("~")),
        F.size("up"),
        F.col("at"),
    )
    return roots.select(
        F.col("target").alias("article"),
        F.row_number().over(order).cast("int").alias("rank"),
        F.count("*").over(Window.partitionBy("target")).cast("int").alias("origins"),
        F.col("at").alias("origin"),
        "outlet_id",
        F.reverse("up").alias("path"),
        F.reverse("hops").alias("hops"),
        "confidence",
        "cyclic",
        (F.count("*").over(Window.partitionBy("target", "rounded")) > 1).alias("tied"),
    )


# ---------------------------------------------------------------- the output


def prepare_output(out: str, *, overwrite: bool) -> None:
    """Make ``out`` ready: new or empty, or (``overwrite``) an earlier link output whose datasets go."""
    from provenance import spark

    spark.prepare_output(out, overwrite=overwrite, manifest=MANIFEST, datasets=DATASETS)


def run_link(
    inp: str,
    out: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    registry: str | None = None,
) -> dict[str, Any]:
    """Link the extract output in ``inp`` on Spark and write `DATASETS` under ``out``, then the
    manifest. Returns the manifest."""
    from provenance.spark import _session

    if not os.path.isdir(inp):
        raise ExtractOutputError(f"{inp}: no such folder")
    if not is_extract_output(inp):  # says so of a job that did not finish
        raise ExtractOutputError(
            f"{inp}: not an output of `provenance spark extract` (it has no {EXTRACT_MANIFEST})"
        )
    extract = read_manifest(inp)
    for name in ("documents", "statements"):
        if not os.path.isdir(os.path.join(inp, name)):
            raise ExtractOutputError(f"{inp}: {name}/ is missing (the output is not whole)")
    # A damaged part is named and its shard left out, as `provenance ingest DIR` leaves it out.
    whole, damaged = readable_shards(inp, extract)
    if extract["shards"] and not whole:
        raise ExtractOutputError(f"{inp}: no shard of it can be read ({damaged[0][0]}: {damaged[0][1]})")
    shards = whole if damaged else None
    inp, out = os.path.abspath(inp), os.path.abspath(out)
    registry = os.path.abspath(registry) if registry else None
    session, made = _session(master, "provenance link")
    started = time.perf_counter()
    try:
        from pyspark.sql import functions as F

        if partitions:
            session.conf.set("spark.sql.shuffle.partitions", str(partitions))
        elif not session.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
            # Spark's 200 partitions a shuffle are many small tasks for a few cores (in local[2],
            # 450 documents took 124 s with them, 47 s with 4): two per core, unless set.
            parallelism = session.sparkContext.defaultParallelism
            session.conf.set("spark.sql.shuffle.partitions", str(max(2 * parallelism, 2)))
        frames = link_frames(session, inp, registry=registry, shards=shards)
        counts: dict[str, int] = {}
        for name in DATASETS:
            frames[name].write.parquet(os.path.join(out, name))
            counts[name] = session.read.parquet(os.path.join(out, name)).count()
        written = session.read.parquet(os.path.join(out, "articles"))
        inferred = written.where("inferred").count()
        links = session.read.parquet(os.path.join(out, "links"))
        republished = links.where(F.col("kind") == REPUBLISHED).count()
        documents = session.read.parquet(*_parts(inp, "documents", shards))
        naming = documents.where("aliases IS NOT NULL").count() if "aliases" in documents.columns else 0
    finally:
        if made:
            session.stop()
    manifest: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "input": inp,
        "documents": int(extract.get("documents", 0)),
        "articles": counts["articles"],
        "inferred": inferred,
        "links": counts["links"],
        "republished": republished,
        "merges": counts["merges"],
        "origins": counts["origins"],
        # Documents that name their own site (og:site_name, ...): a store learns outlet aliases
        # from them, in the order it reads them; this job does not (see docs/scale.md).
        "naming_documents": naming,
        # Parts that could not be read, each with why: their shards were left out.
        "damaged_parts": [[file, reason] for file, reason in damaged],
        "seconds": round(time.perf_counter() - started, 3),
    }
    with open(os.path.join(out, MANIFEST + ".tmp"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    os.replace(os.path.join(out, MANIFEST + ".tmp"), os.path.join(out, MANIFEST))
    return manifest
