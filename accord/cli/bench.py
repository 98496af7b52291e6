"""The ``accord eval`` benchmarks: accord beside its baselines, in one run."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Optional

import typer

from accord.cli import ANALYSER_HELP, State, _table, _with_analyser, err, eval_app, fail, needs, out
from accord.errors import AccordError
from accord.options import Options

if TYPE_CHECKING:
    from pathlib import Path


@eval_app.command("summaries")
def eval_summaries(
    set_: str = typer.Option("multinews", "--set", help="multinews (230 words) or neus (65 words)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first K stories."),
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    systems: str = typer.Option("accord,lead,centroid,lexrank,textrank", "--systems", help="Comma-separated: "
                                "accord, sentences (scorer on raw sentences), lead, centroid (TF-IDF "
                                "centroid + MMR), lexrank, textrank."),
    words: Optional[int] = typer.Option(None, "--words", help="Budget in words (default: the set's, "
                                        "230 or 65)."),
    scorer: Optional[str] = typer.Option(None, "--scorer", help="Summary scorer (options.summary_scorer)."),
    predictions: Optional[str] = typer.Option(None, "--predictions", help="Write DIR/SET-SYSTEM.jsonl "
                                              "for score.py."),
    analyser: Optional[str] = typer.Option(None, "--analyser", help=ANALYSER_HELP),
    flagged: int = typer.Option(0, "--flagged", help="Print up to K sentences the coherence check flags "
                                "in accord's summaries."),
    fill: bool = typer.Option(False, "--fill", help="Let accord's last sentence run past the budget, to be "
                              "cut there (options.summary_fill; the eval's default before coherence72)."),
) -> None:
    """ROUGE-1/2/Lsum, seconds per story and the coherence check for accord and its baselines, in one run.

    accord runs through the code path of accord batch; every system is cut to the budget in words
    and scored as ../shared/eval/score.py scores it (rouge-score, Porter stemming). The check
    (accord.summarize.coherence, text only, so a baseline's summary is checked too) flags summary
    sentences a reader cannot follow alone: a pronoun, "he said" or a quotation with no person named
    before it; a first sentence in the writer's own voice or pointing back at what it never
    introduced; a later writer's "we", or an "I" right after a group's claim; a role with no name, a
    name spelt two ways or a surname never introduced; "also" with no first; a dateline mid-text; page junk (captions, credits, stamps).
    "opens" is the share of summaries whose first sentence is flagged, "flagged" the share of all
    summary sentences (as cut at the budget); --flagged K prints accord's."""
    from rich.table import Table

    from accord.eval import summaries

    needs("eval", "accord eval")
    options = State.options.with_(summary_scorer=scorer) if scorer else State.options
    options = _with_analyser(options, analyser)
    if fill:
        options = options.with_(summary_fill=True)
    results = summaries.run(set_, data, limit, [s.strip() for s in systems.split(",") if s.strip()], options,
                            words=words)
    budget = words or summaries.SETS.get(set_, ("", 0))[1]
    table = Table(title=f"{set_} ({len(results[0].predictions) if results else 0} stories, {budget} words)")
    for col in ("system", "R1", "R2", "RLsum", "s/story", "opens flagged", "sentences flagged", "errors"):
        table.add_column(col, justify="left" if col == "system" else "right")
    for r in results:
        table.add_row(r.system, f"{r.r1:.2f}", f"{r.r2:.2f}", f"{r.rl:.2f}", f"{r.seconds:.3f}",
                      f"{r.open_share:.1%}", f"{r.flagged_share:.1%} ({r.flagged}/{r.sentences})", str(r.errors))
    out.print(table)
    for r in results:
        if r.system == "accord":
            for story, reason, text in r.examples[:flagged]:
                out.print(f"{story}: {reason}: {text}", highlight=False, markup=False)
    if predictions:
        for p in summaries.write_predictions(results, predictions, set_):
            out.print(f"wrote {p}", highlight=False)


@eval_app.command("headlines")
def eval_headlines(
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first K pages."),
    show: bool = typer.Option(False, "--show", help="List every title the clean-up changed."),
) -> None:
    """Share of real pages whose stored title equals the page's own headline (<h1>), before and
    after the outlet name, section or slogan is taken off (accord.ingest.meta.clean_title)."""
    from accord.eval import headlines

    res = headlines.run(data, limit)
    out.print(_table(f"headlines: {res.pages} extraction pages with a headline element",
                     ["title", "equals the page's headline"],
                     [["as extracted (trafilatura)", f"{res.raw_share:.1%} ({res.raw_equal}/{res.pages})"],
                      ["as accord stores it", f"{res.clean_share:.1%} ({res.clean_equal}/{res.pages})"]]))
    if show:
        for raw, stored, headline in res.changed:
            mark = "=" if headlines.normal(stored) == headlines.normal(headline) else "≠"
            out.print(f"{mark} {raw}  →  {stored}   [h1: {headline}]", highlight=False, markup=False)


@eval_app.command("grouping")
def eval_grouping(
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    copies: bool = typer.Option(True, "--copies/--no-copies", help="Also score wire-copy thresholds."),
) -> None:
    """B-cubed P/R/F1 on ECB+ dev beside TF-IDF K-means given the true K; copy precision/recall."""
    from pathlib import Path

    from accord.eval import grouping

    path = Path(data)
    rows = grouping.grouping_table(path, State.options)
    out.print(_table("ECB+ dev stories: B-cubed P/R/F1 (all 35 topics | odd topics | even topics)",
                     ["system", "all P/R/F1", "odd P/R/F1", "even P/R/F1", "stories"], rows))
    if copies:
        rows = grouping.copy_table(path, State.options)
        out.print(_table(f"wire copies: 3-shingle containment (current threshold {State.options.copy_threshold})",
                         ["threshold", "light copies found", "heavy copies found", "NeuS pairs flagged",
                          "ECB+ pairs flagged", "precision (all)", "precision (NeuS)"], rows))


@eval_app.command("throughput")
def eval_throughput(
    n: int = typer.Option(10_000, "--n", help="Articles to stream (eval texts cycled with edits)."),
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    brief: bool = typer.Option(True, "--brief/--no-brief", help="Also brief every story of ≥2 articles."),
    brief_max: Optional[int] = typer.Option(None, "--brief-max", help="Brief at most K stories (spread "
                                            "over the stream) to price briefing without briefing all."),
    analyser: Optional[str] = typer.Option(None, "--analyser", help=ANALYSER_HELP),
    engine: Optional[str] = typer.Option(None, "--engine", help="local or ray: instead, `accord pipeline` on the "
                                         "distinct eval texts, local vs Ray (same run), at --sizes."),
    workers: str = typer.Option("1,2", "--workers", help="With --engine ray: Ray worker counts to run."),
    sizes: str = typer.Option("1000,2000,5000,10000", "--sizes", help="With --engine: article counts to run."),
) -> None:
    """Articles/second, peak memory and time at 1k/2k/5k/10k for clean → copies → stories (→ briefs)."""
    from pathlib import Path

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from accord.eval import throughput

    options = _with_analyser(State.options, analyser)
    if engine is not None:
        _engine_throughput(Path(data), engine, workers, sizes, options)
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("stream", total=n)
        briefs = bar.add_task("briefs", total=None, visible=False)
        res = throughput.run(Path(data), n, options, brief=brief, progress=lambda k: bar.advance(task, k),
                             brief_max=brief_max,
                             brief_progress=lambda done, total: bar.update(briefs, completed=done, total=total, visible=True))
    rows = [[str(k), f"{s:.1f}", f"{k / s:.0f}", f"{mb:.0f}"] for k, s, mb in res.checkpoints]
    out.print(_table(f"throughput: {n} articles, online (clean + copies + stories)",
                     ["articles", "seconds", "articles/s", "peak MB"], rows))
    brief_note = ("briefs skipped" if not brief else "accord.briefing not available: briefs skipped"
                  if res.brief_s is None else f"brief {res.brief_s:.1f}s for {res.briefed} stories of ≥2 articles "
                  f"({res.briefed_articles} articles, {res.brief_s / max(res.briefed, 1):.1f}s/story)")
    out.print(f"clean {res.clean_s:.1f}s, group {res.group_s:.1f}s, {brief_note}; {res.stories} stories "
              f"({res.multi} of ≥2 articles, holding {res.multi_articles}), "
              f"{res.copies} wire copies; total {res.total_s:.1f}s ({n / res.total_s:.0f} articles/s), "
              f"peak RSS {res.peak_mb:.0f} MB", highlight=False)


def _engine_throughput(data: "Path", engine: str, workers: str, sizes: str, options: Options) -> None:
    """``--engine``: the pipeline on the same articles, local engine vs Ray at each worker count."""
    from accord.eval import throughput

    if engine not in ("local", "ray"):
        raise fail(f"unknown engine {engine!r} (use one of: local, ray)", 2)
    try:
        counts = [int(x) for x in workers.split(",") if x.strip()]
        ns = [int(x) for x in sizes.split(",") if x.strip()]
    except ValueError:
        raise fail("--workers and --sizes take comma-separated numbers (1,2)", 2) from None
    if not counts or not ns or min(counts + ns) < 1:
        raise fail("--workers and --sizes need numbers of at least 1", 2)
    runs = throughput.engines(data, ns, counts, ray=engine == "ray", options=options,
                              say=lambda line: err.print(line, highlight=False))
    local = {r.n: r.seconds for r in runs if r.engine == "local"}
    rows = [[f"{r.engine} ×{r.workers}", str(r.n), f"{r.seconds:.1f}", f"{r.n / r.seconds:.1f}",
             f"{local[r.n] / r.seconds:.2f}", str(r.partitions), str(r.stories), str(r.briefs)] for r in runs]
    out.print(_table("accord pipeline on the distinct eval texts (mostly short NeuS leads)",
                     ["engine", "articles", "seconds", "articles/s", "speed vs local", "partitions", "stories",
                      "briefs"], rows))
    for name, w in dict.fromkeys((r.engine, r.workers) for r in runs):
        fit = throughput.projection([(r.n, r.seconds) for r in runs if (r.engine, r.workers) == (name, w)])
        if fit is not None:
            out.print(f"{name} ×{w}: 1,000,000 articles ≈ {fit / 3600:.1f} h (extrapolated: a line fitted "
                      "to the runs above, not measured)", highlight=False)


# -- analysers (speed of issue 4/5) ---------------------------------------------------------------
@eval_app.command("analyse")
def eval_analyse(
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    limit: int = typer.Option(30, "--limit", help="Only the first K Multi-News stories."),
    briefs: bool = typer.Option(True, "--briefs/--no-briefs", help="Also time whole briefs and LexRank."),
    disagreements: bool = typer.Option(False, "--disagreements", help="Instead: each analyser's brief "
                                       "disagreements, how many the other analyser shares, and the rest listed."),
    set_name: str = typer.Option("multinews", "--set", help="With --disagreements: multinews or neus."),
) -> None:
    """Sentences/second of the spaCy and rules analysers, brief s/story with each, LexRank s/story;
    with ``--disagreements``, the disagreements each analyser's briefs hold and which are not shared."""
    from rich.progress import Progress

    from accord.eval import analyse

    needs("eval", "accord eval")
    needs("spacy", "accord eval analyse")  # it compares the two analysers
    if disagreements:
        _eval_disagreements(data, set_name, limit)
        return
    with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("analysers", total=limit * (2 + (3 if briefs else 0)))
        rep = analyse.run(data, limit, State.options, briefs=briefs, progress=lambda k: bar.advance(task, k))
    kinds = ("entity", "number", "date", "quote")
    rows = [[r.analyser, str(r.sentences), f"{r.per_second:.0f}", f"{r.analyse_s / max(rep.stories, 1):.3f}",
             "-" if r.brief_s is None else f"{r.brief_s:.3f}",
             *(f"{r.mentions.get(k, 0)} ({100 * r.found.get(k, 0):.0f}%)" for k in kinds)] for r in rep.results]
    if rep.lexrank_s is not None:
        rows.append(["lexrank (sumy)", "", "", "", f"{rep.lexrank_s:.3f}", "", "", "", ""])
    out.print(_table(f"analysers on {rep.stories} Multi-News stories (mentions: count, % of spaCy's also found)",
                     ["analyser", "sentences", "sent/s", "analyse s/story", "brief s/story",
                      *("entities" if k == "entity" else f"{k}s" for k in kinds)], rows))


def _eval_disagreements(data: str, set_name: str, limit: int) -> None:
    """Counts per analyser, then every disagreement one analyser's briefs have and the other's lack,
    with each side's evidence sentence, for a reader to judge."""
    from rich.progress import Progress

    from accord.cli.output import safe as escape  # data from the evaluation set: terminal-safe too

    from accord.eval import analyse

    with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("briefs", total=limit * len(analyse.ANALYSERS))
        try:
            rep = analyse.run_disagreements(data, set_name, limit, State.options,
                                            progress=lambda k: bar.advance(task, k))
        except AccordError as exc:
            raise fail(str(exc)) from None
    only = {a: rep.only(a) for a in rep.found}
    rows = [[a, str(len(ds)), str(len(ds) - len(only[a])), str(len(only[a])),
             str(sum(not d.compatible for _, d in ds))] for a, ds in rep.found.items()]
    out.print(_table(f"disagreements in the briefs of {rep.stories} {set_name} stories",
                     ["analyser", "disagreements", "shared", "only this analyser", "conflicts"], rows))
    for a in rep.found:
        for sid, d in only[a]:
            note = f" ({d.type})"
            out.print(f"\n[bold]only {a}[/bold] {escape(sid)} {d.kind}: {escape(d.about)}{note}", highlight=False)
            for v in d.values:
                out.print(f"  - {escape(v.value)} [{', '.join(v.articles)}]: {escape(v.evidence)}",
                          highlight=False, soft_wrap=True)


# -- extraction benchmark (issue 2) -----------------------------------------------------------------
@eval_app.command("extraction")
def eval_extraction(
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first K pages (sorted ids)."),
    ngram: int = typer.Option(4, "--ngram", help="Shingle size of the scorer (4 = the benchmark's; 1 = tokens)."),
    systems: str = typer.Option("accord,accord-raw,trafilatura", "--systems",
                                help="Comma-separated: accord (parse+clean), accord-raw (parse only), trafilatura."),
) -> None:
    """Article-body P/R/F1 on the ScrapingHub pages: accord beside plain trafilatura, in one run."""
    from rich.progress import Progress
    from rich.table import Table

    from accord.eval import extraction

    names = [s.strip() for s in systems.split(",") if s.strip()]
    pages = len(extraction.load(data, limit))
    with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("extraction", total=pages * len(names))
        results = extraction.run(data, limit, names, ngram, State.options, progress=lambda n: bar.advance(task, n))
    table = Table(title=f"extraction ({pages} pages, {ngram}-token shingles, P/R averaged per page)")
    for col in ("system", "precision", "recall", "F1", "seconds", "failed"):
        table.add_column(col, justify="left" if col == "system" else "right")
    for r in results:
        table.add_row(r.system, f"{r.precision:.4f}", f"{r.recall:.4f}", f"{r.f1:.4f}", f"{r.seconds:.2f}",
                      str(r.failures))
    out.print(table)


# -- disagreements against hand-made gold (issue 11) ------------------------------------------------
@eval_app.command("disagreements")
def eval_disagreements(
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    set_: str = typer.Option("all", "--set", help="multinews, ecbplus, sample (the Kazakhstan sample) or all."),
    systems: str = typer.Option("accord,masked-pair", "--systems", help="Comma-separated: accord, masked-pair."),
    show: bool = typer.Option(False, "--show", help="List every unmatched item: gold missed, reported wrong."),
    briefs: Optional[str] = typer.Option(None, "--briefs", help="Write DIR/SET-SYSTEM/<id>.json (score.py reads them)."),
    reading: Optional[str] = typer.Option(None, "--reading", help="Write a protocol-D sheet: 40 reported "
                                          "disagreements per set and system, seeded."),
    analyser: Optional[str] = typer.Option(None, "--analyser", help=ANALYSER_HELP),
) -> None:
    """Precision and recall of the briefs' disagreements against hand-made gold, beside the masked-pair baseline."""
    from pathlib import Path

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from accord.cli.output import safe as escape  # evaluation texts: terminal-safe, no markup
    from accord.eval import disagreements as ev

    options = _with_analyser(State.options, analyser)
    names = list(ev.SET_NAMES) if set_ == "all" else [set_]
    if any(n not in ev.SET_NAMES for n in names):
        raise fail(f"unknown set {set_!r} (use one of: {', '.join(ev.SET_NAMES)}, all)", 2)
    chosen = [s.strip() for s in systems.split(",") if s.strip()]
    try:
        sizes = {n: ev.count(n, data) for n in names}
        results = []
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
            for n in names:
                task = bar.add_task(n, total=sizes[n])
                results += ev.run(n, data, chosen, options, progress=partial(bar.advance, task))
    except AccordError as exc:
        raise fail(str(exc)) from None
    pooled: dict[str, ev.Score] = {}
    rows = []
    for r in results:
        s = r.score
        pooled.setdefault(r.system, ev.Score()).add(s)
        rows.append(_score_row(r.set, r.system, s, f"{r.seconds:.3f}", len(r.failed)))
    if len(names) > 1:
        for system, s in pooled.items():
            rows.append(_score_row("pooled", system, s, "", 0))
    out.print(_table("disagreements against gold (precision over reported, recall over gold items)",
                     ["set", "system", "reported", "precision", "recall", "core conflict recall",
                      "traps hit", "duplicates", "s/cluster", "failed"], rows))
    for r in results:
        s = r.score
        by_type = ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(s.by_type.items()))
        by_kind = ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(s.by_kind.items()))
        rep_kind = ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(s.reported_kind.items()))
        out.print(f"{r.set} {r.system}: recall by type {by_type}; by kind {by_kind}; "
                  f"correct/reported by kind {rep_kind or '-'}", highlight=False, soft_wrap=True)
        out.print(f"  score.py: {escape(s.line())}", highlight=False, soft_wrap=True)
        out.print(f"  {escape(s.types_line())}", highlight=False, soft_wrap=True)
        for f in r.failed:
            err.print(f"[red]error:[/red] {r.set} {r.system} {escape(f)}", highlight=False, soft_wrap=True)
    if show:
        for r in results:
            out.print(f"\n[bold]{r.set} / {r.system}[/bold]: {len(r.score.missed)} missed, "
                      f"{len(r.score.wrong)} wrong", highlight=False)
            for line in r.score.missed + r.score.wrong:
                out.print(escape(line), highlight=False, soft_wrap=True)
    if briefs:
        for p in ev.write_briefs(results, briefs):
            out.print(f"wrote {p}", highlight=False)
    if reading:
        Path(reading).write_text(ev.reading_sheet(results), encoding="utf-8")
        out.print(f"wrote {reading}", highlight=False)


def _score_row(set_name: str, system: str, s: "object", seconds: str, failed: int) -> list[str]:
    from accord.eval.disagreements import Score

    assert isinstance(s, Score)
    return [set_name, system, str(s.reported), f"{s.precision:.2f} ({s.correct}/{s.reported})",
            f"{s.recall:.2f} ({s.found}/{s.gold})", f"{s.core_recall:.2f} ({s.core_found}/{s.core})",
            str(s.traps), str(s.duplicates), seconds, str(failed) if failed else ""]


@eval_app.command("serve")
def eval_serve(
    stories: int = typer.Option(1000, "--stories", help="Stories in the library (eval sets' stories, briefs stored)."),
    requests: int = typer.Option(200, "--requests", help="Timed requests per page kind (bounded loop)."),
    db: str = typer.Option("out/eval-serve.db", "--db", help="The library to build or reuse."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Build the library again even if it exists."),
    baseline_n: int = typer.Option(20, "--baseline", help="Stories whose brief is built per request (baseline)."),
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
) -> None:
    """p50/p99 of accord serve's story and stories pages (server in a second process, on loopback)."""
    from pathlib import Path

    from rich.progress import Progress

    needs("web", "accord eval serve")
    from accord.eval import serve
    from accord.store import Library

    if requests < 1 or requests > 5000:
        raise fail("--requests: between 1 and 5000", 2)
    path = Path(db)
    have = 0
    if path.is_file() and not rebuild:
        with Library(path) as lib:
            have = len(lib.stories())
    if have != stories:
        with Progress(console=err, transient=True) as bar:
            task = bar.add_task("building the library (briefs)", total=stories)
            try:
                have = serve.build_library(path, Path(data), stories, State.options,
                                           progress=lambda k, n: bar.update(task, completed=k, total=n))
            except AccordError as exc:
                raise fail(str(exc)) from None
    with Library(path) as lib:
        per_story = len(lib) / max(have, 1)
    timings = serve.measure(path, requests)
    base = serve.baseline(path, baseline_n, State.options)
    rows = [[t.name, str(len(t.seconds)), f"{t.p50 * 1000:.1f}", f"{t.p99 * 1000:.1f}", str(t.errors)]
            for t in [*timings, base]]
    out.print(_table(f"accord serve, {have} stories ({per_story:.1f} articles each) in {path} "
                     "(ms; server in its own process, loopback)",
                     ["request", "n", "p50 ms", "p99 ms", "errors"], rows))


# -- size: briefs of big stories, ingest into big libraries (issue 14) ------------------------------
@eval_app.command("scale")
def eval_scale(
    sizes: str = typer.Option("2000,20000,100000", "--sizes", help="Comma-separated sentence counts of "
                              "the generated single-story inputs."),
    per_article: int = typer.Option(40, "--per-article", help="Sentences per generated article."),
    limit_mb: int = typer.Option(4096, "--limit-mb", help="Address-space cap of each brief's process "
                                 "(a runaway brief fails there, not the machine)."),
) -> None:
    """Peak memory and time of one brief as a story grows (generated inputs, one fresh process per size)."""
    from accord.eval import scale

    rows, first = [], None
    for n in [int(x) for x in sizes.split(",") if x.strip()]:
        with err.status(f"brief of {n:,} sentences"):
            res = scale.brief_cost(n, per_article, limit_mb=limit_mb)
        first = first or res
        ok = first.seconds and not res.error
        rows.append([f"{n:,}", str(res.articles), f"{res.seconds:.1f}", f"{res.seconds / first.seconds:.1f}×" if ok else "",
                     f"{res.cpu_s:.1f}", f"{res.cpu_s / first.cpu_s:.1f}×" if ok and first.cpu_s else "",
                     f"{res.peak_mb:.0f}", str(res.facts), res.error])
    out.print(_table("one brief of a generated story (peak RSS includes imports and models, ~250 MB)",
                     ["sentences", "articles", "seconds", "vs first", "CPU s", "CPU vs first", "peak MB",
                      "facts shown", "error"], rows))


@eval_app.command("library")
def eval_library(
    n: int = typer.Option(100_000, "--n", help="Generated small articles to ingest."),
    chunk: int = typer.Option(1000, "--chunk", help="Articles per `api.ingest` call (one run each)."),
    db: str = typer.Option("out/scale-library.db", "--db", help="Library to build (replaced)."),
    keep: str = typer.Option("out/scale-libraries", "--keep", help="Folder for a copy of the library at "
                             "1k, 10k and 100k articles (library-<size>.db), compared at the end."),
    reuse: bool = typer.Option(False, "--reuse", help="Build nothing: compare the libraries already in --keep."),
    new: int = typer.Option(1000, "--new", help="New articles ingested into each kept library, by turns."),
    batch: int = typer.Option(100, "--batch", help="New articles per turn."),
    same: bool = typer.Option(False, "--same", help="Give every library the articles after the largest one's "
                              "(identical texts; only the largest holds their events) instead of the articles "
                              "that continue its own stream."),
    new_events: bool = typer.Option(False, "--new-events", help="Give every library the same articles of events "
                                    "none of them holds (another seed's stream): the same grouping work at every "
                                    "size, so only the library's size differs."),
    vocabulary: str = typer.Option("uniform", "--vocabulary", help="The generated stream's names: uniform "
                                   "(drawn evenly from 28 syllables' words; the libraries kept so far) or zipf "
                                   "(as real news reuses them: a few common, most rare). Kept libraries must be "
                                   "built with the same (a --keep folder per stream)."),
) -> None:
    """Ingest cost as the library grows: build a library of N generated articles (rate at 1k, 10k,
    100k), then ingest new articles into its copies at each size by turns (each the next articles
    of its own stream; with --same the same ones; with --new-events the same ones of events no library
    holds), so the sizes compare as ratios in one run,
    and time one more article into each."""
    from pathlib import Path

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from accord.eval import scale

    if same and new_events:
        raise fail("--same and --new-events are two different ways to pick the new articles; give one", 2)
    if vocabulary not in scale.VOCABULARIES:
        raise fail(f"unknown --vocabulary {vocabulary!r}; choose one of: {', '.join(scale.VOCABULARIES)}", 2)
    path, kept = Path(db), Path(keep)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    if not reuse:
        with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("ingest", total=n)
            res = scale.library_growth(n, path, chunk=chunk, progress=lambda k: bar.advance(task, k), keep=kept,
                                       vocabulary=vocabulary)
        first = res.checkpoints[0][3] if res.checkpoints else 0.0
        rows = [[f"{k:,}", f"{s:.0f}", f"{rate:.0f}", f"{ms:.1f}", f"{ms / first:.2f}" if first else "", f"{mb:.0f}"]
                for k, s, rate, ms, mb in res.checkpoints]
        out.print(_table(f"ingest of {n:,} generated articles in runs of {chunk:,} (the run ending at each size)",
                         ["library size", "seconds so far", "articles/s", "CPU ms/article", "CPU vs first", "peak MB"],
                         rows))
        out.print(f"one more article into the {n:,}-article library (api.ingest, in-process): {res.one_more_s:.3f} s "
                  f"({res.one_more_cpu_s:.3f} s CPU); with its story's brief rebuilt: {res.one_more_brief_s:.3f} s; "
                  f"library file {res.library_mb:.0f} MB", highlight=False)
    libraries = {int(p.stem.split("-")[-1]): p for p in kept.glob("library-*.db") if p.stem.split("-")[-1].isdigit()}
    if not libraries:
        raise fail(f"no kept libraries (library-<size>.db) in {kept}")
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("new articles into each size", total=new)
        sizes = scale.library_sizes(libraries, kept, new=new, batch=batch, progress=lambda k: bar.advance(task, k),
                                    same=same, new_events=new_events, vocabulary=vocabulary)
    base = sizes[0].cpu_ms
    rows = [[f"{c.size:,}" + (" (baseline)" if k == 0 else ""), f"{c.cpu_ms:.2f}", f"{c.cpu_ms / base:.2f}×" if base else "",
             f"{c.wall_ms:.1f}", f"{c.one_s:.3f}", f"{c.one_cpu_s:.3f}", f"{c.first_s:.1f}",
             f"{c.bcubed[0]:.3f}/{c.bcubed[1]:.3f}"] for k, c in enumerate(sizes)]
    which = ("the same" if same else "the same (new events)" if new_events else "the next (its own stream's)")
    which += "" if vocabulary == "uniform" else f" ({vocabulary} names)"
    out.print(_table(f"{which} {new:,} new articles into each library, {batch} at a time by turns",
                     ["library size", "CPU ms/article", "vs smallest", "wall ms/article", "one more: s",
                      "one more: CPU s", "first open: s", "B³ P/R of their stories"], rows))


# -- support links (issue 12) -----------------------------------------------------------------------
@eval_app.command("support")
def eval_support(
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    set_: str = typer.Option("all", "--set", help="multinews, ecbplus or all (the gold clusters of "
                             "DATA/disagreements/)."),
    out_dir: str = typer.Option("out/support", "--out", help="Where the cluster folders, briefs "
                                "(<id>.json, the layout check_support.py reads), links.jsonl and the "
                                "reading sheet go."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first K clusters of each set."),
    sample: int = typer.Option(100, "--sample", help="Links per set on the protocol S reading sheet."),
    seed: int = typer.Option(12, "--seed", help="Seed of the reading sheet's draw."),
    show: bool = typer.Option(False, "--show", help="Also list every link the floor fails."),
    recall: int = typer.Option(40, "--recall", help="Summary sentences per set on the citation recall "
                               "reading sheet (each with every article of its story it does not cite)."),
    recall_seed: int = typer.Option(28, "--recall-seed", help="Seed of the recall sheet's draw."),
    recall_labels: Optional[str] = typer.Option(None, "--recall-labels", help="A labelled recall sheet: "
                                                "print its citation recall per set and brief nothing."),
    recall_table: Optional[str] = typer.Option(None, "--recall-table", help="With --recall-labels: the "
                                               "labels as a reader's table ('| R7 C2 | yes | why |') in "
                                               "this file, for the sheet's items."),
    analyser: Optional[str] = typer.Option(None, "--analyser", help=ANALYSER_HELP),
) -> None:
    """Support links of the dev sets' briefs: the mechanical floor of check_support.py over every link,
    citations per summary sentence, facts with ≥ 2 independent sources, a protocol S reading sheet of
    links and a citation recall sheet of the articles summary sentences do not cite."""
    from pathlib import Path

    from rich.progress import Progress

    from accord.cli.output import safe
    from accord.eval import clusters, support

    if recall_labels is not None:
        try:
            labelled = Path(recall_labels).read_text(encoding="utf-8")
            table = None if recall_table is None else support.table_labels(Path(recall_table).read_text(encoding="utf-8"))
        except OSError as exc:
            raise fail(f"{exc.filename}: {exc.strerror}", 2) from None
        counts = support.score_recall(labelled, table)
        if not counts:
            raise fail(f"{recall_labels}: no recall sheet items found", 2)
        out.print(_table("citation recall (cited / (cited + uncited articles read yes))",
                         ["set", "sentences", "cited", "uncited yes", "partly", "no", "unlabelled",
                          "recall", "yes+partly"],
                         [[c.name, str(c.sentences), str(c.cited), str(c.yes), str(c.partly), str(c.no),
                           str(c.unlabelled), f"{c.recall:.3f}", f"{c.with_partly:.3f}"] for c in counts]))
        return

    names = list(clusters.GOLD) if set_ == "all" else [set_]
    if any(n not in clusters.GOLD for n in names):
        raise fail(f"unknown set {set_!r}; choose one of: {', '.join([*clusters.GOLD, 'all'])}", 2)
    options = _with_analyser(State.options, analyser)
    folder = Path(out_dir)
    results = []
    try:
        with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
            for name in names:
                total = len(clusters.load(name, data)[:limit])
                task = bar.add_task(name, total=total)
                results.append(support.run(name, data, folder / name, options, limit,
                                           progress=partial(bar.advance, task)))
    except AccordError as exc:
        raise fail(str(exc)) from None
    rows = [[r.name, str(r.clusters), str(len(r.failed)), str(len(r.links)), f"{r.share:.3f}",
             str(r.failing("summary")), str(r.failing("facts")), f"{r.per_sentence:.2f}",
             str(r.facts_multi), str(r.single)] for r in results]
    out.print(_table("support links: mechanical floor (check_support.py's rules)",
                     ["set", "briefs", "failed", "links", "passing", "fail sum.", "fail facts",
                      "cites/sent.", "facts ≥2", "single-src"], rows))
    for r in results:  # the reference script's own line, for comparing the two
        out.print(f"{r.name}: support links passing {r.share:.3f} ({r.passing}/{len(r.links)}); failing: "
                  f"summary {r.failing('summary')}, facts {r.failing('facts')}; failed briefs {len(r.failed)}; "
                  f"{r.citations} citations of {r.sentences} summary sentences; {r.facts_multi} facts with ≥ 2 "
                  f"independent sources; {r.single} single-source claims", highlight=False, soft_wrap=True)
    for r in results:
        for line in r.failed:
            err.print(f"[red]error:[/red] {r.name} brief failed: {safe(line)}", highlight=False, soft_wrap=True)
        if show:
            for link in r.links:
                if not link.passes:
                    out.print(f"FAIL {safe(link.cluster)} {link.part} -> {safe(link.article)}: missing "
                              f"{safe(link.missing)} | {safe(link.text[:140])}", highlight=False, soft_wrap=True)
    support.write_json(results, folder / "links.jsonl")
    sheet = folder / "reading-S.md"
    sheet.write_text(support.sheet(results, sample, seed), encoding="utf-8")
    recall_sheet = folder / "reading-R.md"
    recall_sheet.write_text(support.recall_sheet(results, recall, recall_seed), encoding="utf-8")
    out.print(f"links: {safe(folder / 'links.jsonl')}; protocol S reading sheet ({sample} links per set): "
              f"{safe(sheet)}; citation recall sheet ({recall} summary sentences per set, labelled: "
              f"--recall-labels): {safe(recall_sheet)}",
              highlight=False, soft_wrap=True)
    if any(r.failed for r in results):
        raise typer.Exit(1)


# -- timelines (issue 13) -----------------------------------------------------------------------------
@eval_app.command("timeline")
def eval_timeline(
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    set_: str = typer.Option("all", "--set", help="multinews, ecbplus, sample (the Kazakhstan sample) or all."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first K clusters of each set."),
    briefs: Optional[str] = typer.Option(None, "--briefs", help="Write DIR/SET-accord/<id>.json (the briefs, "
                                         "for --against of a later run)."),
    sheet: Optional[int] = typer.Option(None, "--sheet", help="Write a protocol-T reading sheet: stories drawn "
                                        "per set until it has N entries, every entry of a drawn story listed."),
    seed: int = typer.Option(0, "--seed", help="Seed of the sheet's draw."),
    out_dir: str = typer.Option("out/timeline", "--out", help="Where the sheet (sheet.md), its key (key.json) "
                                "and the stories' articles (arts/) go."),
    exclude: Optional[str] = typer.Option(None, "--exclude", help="Stories to leave off the sheet: a sheet's "
                                          "key.json, a JSON list or one id a line."),
    against: Optional[str] = typer.Option(None, "--against", help="Briefs of other code (written by --briefs): "
                                          "their entries join the sheet's stories unmarked; the key says whose."),
    labels: Optional[str] = typer.Option(None, "--labels", help="A labelled sheet (one 'N. right|partly|wrong' "
                                         "line an entry): count it with OUT/key.json per set and code; brief nothing."),
    analyser: Optional[str] = typer.Option(None, "--analyser", help=ANALYSER_HELP),
) -> None:
    """Timelines of the gold clusters' briefs: entries per story, one sentence under two days, days far from
    the story's date, single-article entries, markup; with --sheet, a protocol-T reading sheet."""
    import json
    from pathlib import Path

    from rich.progress import Progress

    from accord.cli.output import safe
    from accord.eval import timeline as tl

    if labels is not None:
        _timeline_labels(Path(labels), Path(out_dir) / "key.json")
        return
    names = list(tl.SET_NAMES) if set_ == "all" else [set_]
    if any(n not in tl.SET_NAMES for n in names):
        raise fail(f"unknown set {set_!r} (use one of: {', '.join(tl.SET_NAMES)}, all)", 2)
    options = _with_analyser(State.options, analyser)
    rows, timelines, failed = [], [], []
    try:
        skip = tl.excluded(exclude) if exclude else set()
        other = {n: {k: b.get("timeline", []) for k, b in tl.load_briefs(against, n).items()} for n in names} \
            if against else None
        pooled = tl.Figures("pooled")
        with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
            for n in names:
                task = bar.add_task(n, total=None)
                stories, made, bad = tl.run(n, data, options, limit, progress=partial(bar.advance, task))
                rows.append(tl.figures(n, stories).row())
                for s in stories:
                    pooled.add(s)
                timelines.append((n, {s.id: s.entries for s in stories}))
                failed += [f"{n} {line}" for line in bad]
                if briefs:
                    ev_briefs = Path(briefs) / f"{n}-accord"
                    ev_briefs.mkdir(parents=True, exist_ok=True)
                    for cid, b in made.items():
                        (ev_briefs / f"{cid}.json").write_text(json.dumps(b, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        if len(names) > 1:
            rows.append(pooled.row())
        out.print(_table(f"timelines of the gold clusters' briefs (days compared with the story's date: "
                         f"> {tl.BEFORE} d before, > {tl.AFTER} d after)", tl.COLUMNS, rows))
        for line in failed:
            err.print(f"[red]error:[/red] brief failed: {safe(line)}", highlight=False, soft_wrap=True)
        if sheet is not None:
            folder = Path(out_dir)
            text, key = tl.sheet(timelines, (folder / "arts").resolve(), sheet, seed, skip, other)
            folder.mkdir(parents=True, exist_ok=True)
            for n in names:
                tl.write_articles(n, data, {v[0] for v in key.values()}, folder / "arts")
            (folder / "sheet.md").write_text(text, encoding="utf-8")
            (folder / "key.json").write_text(json.dumps(key, indent=0, ensure_ascii=False), encoding="utf-8")
            out.print(f"protocol-T sheet ({len(key)} entries): {safe(folder / 'sheet.md')}; key (not for the "
                      f"reader): {safe(folder / 'key.json')}", highlight=False, soft_wrap=True)
    except (AccordError, OSError) as exc:
        raise fail(str(exc)) from None
    if failed:
        raise typer.Exit(1)


def _timeline_labels(labels: "Path", key_path: "Path") -> None:
    """Print a labelled protocol-T sheet's counts: per set, the entries this code and the other code showed."""
    import json

    from accord.eval import ratio
    from accord.eval import timeline as tl

    try:
        counted = tl.tally(labels.read_text(encoding="utf-8"), json.loads(key_path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise fail(f"{getattr(exc, 'filename', None) or key_path}: {getattr(exc, 'strerror', None) or exc}", 2) from None
    if not counted:
        raise fail(f"{labels}: no labels of the key's entries found", 2)
    rows = []
    for (name, code), c in sorted(counted.items()):
        n = sum(c[k] for k in tl.LABELS)
        rows.append([name, {"this": "the sheet's code", "other": "--against code"}[code], str(n), str(c["right"]),
                     str(c["partly"]), str(c["wrong"]), f"{ratio(c['right'], n):.2f}", str(c["dup"])])
    out.print(_table("protocol T: entries read", ["set", "code", "entries", "right", "partly", "wrong",
                                                   "right share", "dup"], rows))
