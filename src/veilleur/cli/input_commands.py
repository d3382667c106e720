"""Commands over one input (a page, a file or a URL, or a JSON-lines batch): `extract`, `intel`
and `post`, which print what each stage makes of it without touching the store."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click
from rich.text import Text

from veilleur import clock
from veilleur.batch import BatchResult, article_json, intel_json, run_batch
from veilleur.cli.common import console as _console
from veilleur.cli.common import out as _out
from veilleur.cli.common import settings_of as _settings
from veilleur.cli.intel_view import fact_lines
from veilleur.config import Settings
from veilleur.models import Document, Entry
from veilleur.redact import redact


def _load(target: str, settings: Settings) -> tuple[Document | None, Entry, str | None]:
    """The document and entry of a path or URL given on the command line, or the error."""

    from veilleur.collect.urls import canonical_url

    if target.startswith(("http://", "https://")):
        from veilleur.collect import fetch_document
        from veilleur.collect.http import Fetcher, FetchError
        from veilleur.edge import split_userinfo

        # Credentials in the URL are used for the request, never shown or published.
        shown = split_userinfo(target)[0]
        entry = Entry(url=shown, canonical_url=canonical_url(shown), source="cli")
        with Fetcher(settings.http) as fetcher:
            try:
                return fetch_document(entry.model_copy(update={"url": target}), fetcher), entry, None
            except FetchError as exc:
                return None, entry, str(exc)
    path = Path(target)
    if path.is_dir():  # "no such file" of a folder that is there sent users looking for a typo
        raise click.BadParameter(
            f"{target} is a folder: give one page or capture (a batch: --jsonl IN OUT)", param_hint="PATH|URL"
        )
    if not path.is_file():
        raise click.BadParameter(f"no such file: {target}", param_hint="PATH|URL")
    from veilleur.collect.files import read_file

    document = read_file(path)
    # A capture that says which article it is (`URL: …`, a canonical link) is that article.
    url = document.final_url
    entry = Entry(url=url, canonical_url=canonical_url(url), source="cli", local_path=str(path.resolve()))
    return document, entry, None


@click.command()
@click.argument("target", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the article as JSON.")
@click.option(
    "--jsonl",
    nargs=2,
    type=str,
    metavar="IN OUT",
    help="Batch: JSON lines in (each an object with `id`, `url`, one of `html`, `markdown` or `text` "
    "— of several, html is read before markdown, markdown before text, and the line's `notes` say "
    "so; optional `title`, `published`), JSON lines out ('-' = stdio; `.gz` read and written "
    "compressed).",
)
@click.pass_context
def extract(ctx: click.Context, target: str | None, as_json: bool, jsonl: tuple[str, str] | None) -> None:
    """Show the article veilleur extracts from one page, file or URL (or a JSON-lines batch)."""

    from veilleur.extract import extract_article

    _one_input(target, as_json, jsonl)
    settings = _settings(ctx)
    if jsonl:
        source, out = batch_paths(jsonl)
        batch_done(ctx, run_batch(source, out, settings, with_intel=False), out)
        return
    assert target is not None  # `_one_input`
    document, entry, error = _load(target, settings)
    article = extract_article(document, entry, settings.limits.min_words)
    if error:  # the page was never read: its "empty page" is a consequence, not the cause
        article.reason = f"fetch failed: {error}"
    if as_json:
        click.echo(json.dumps(article_json(article), ensure_ascii=False, indent=2))
    else:
        # A title is the page's text: printed as is, never read as console markup ("[/b]…").
        _out().print(Text(article.title, style="bold"))
        _out().print(
            f"lang={article.lang or '?'} published={article.published} method={article.method} "
            f"usable={article.usable} {article.reason}"
        )
        _out().print()
        _out().print(article.text, soft_wrap=True, markup=False)
    _fetch_failed(ctx, error)


def _one_input(target: str | None, as_json: bool, jsonl: tuple[str, str] | None) -> None:
    """One page or one batch: `intel PAGE --jsonl IN OUT` read the batch and dropped PAGE without
    a word, and `--json` says nothing to a batch (its output is JSON lines already)."""
    if jsonl and target:
        raise click.UsageError(f"give a PATH or URL, or --jsonl IN OUT, not both ({target!r} and a batch)")
    if jsonl and as_json:
        raise click.UsageError("--json is for one page: --jsonl writes JSON lines already")
    if not jsonl and not target:
        raise click.UsageError("give a PATH or URL, or --jsonl IN OUT")


def batch_paths(jsonl: tuple[str, str]) -> tuple[str, str]:
    """IN and OUT of `--jsonl`, checked before any page is read: a missing input file, an output
    in a folder that does not exist or a folder given for either is a usage error naming it (exit
    status 2), not a traceback (for OUT, `stories` met it only after the whole batch had been
    extracted and clustered)."""
    source, out = jsonl
    # A folder is named a folder: IN's "no such file" sent users looking for a typo, and an OUT
    # that is a folder was a traceback once the whole batch had been read.
    for path, hint in ((source, "IN"), (out, "OUT")):
        if path != "-" and Path(path).is_dir():
            raise click.BadParameter(f"{path} is a folder: give a file", param_hint=f"'--jsonl' {hint}")
    if source != "-" and not Path(source).is_file():
        raise click.BadParameter(f"no such file: {source}", param_hint="'--jsonl' IN")
    if out != "-" and not Path(out).absolute().parent.is_dir():
        raise click.BadParameter(f"no such folder for {out}", param_hint="'--jsonl' OUT")
    return source, out


def batch_done(ctx: click.Context, result: BatchResult, out: str) -> None:
    """The batch's summary on the console; exit status 1 when some input lines were refused
    (each has its line in the output, with the reason), so that a script sees it."""
    _console().print(f"{result.written} record(s) written to {out}", markup=False)
    if result.refused:
        shown = ", ".join(map(str, result.refused[:10])) + (" …" if len(result.refused) > 10 else "")
        _console().print(f"{len(result.refused)} input line(s) refused: {shown}", markup=False)
        ctx.exit(1)


def _fetch_failed(ctx: click.Context, error: str | None) -> None:
    """A URL that could not be read (404, refused, timeout…) is a failure: exit status 1."""
    if error:
        _console().print(f"fetch failed: {redact(error)}", markup=False)
        ctx.exit(1)


@click.command()
@click.argument("target", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the Intel record as JSON.")
@click.option(
    "--jsonl", nargs=2, type=str, metavar="IN OUT", help="Batch, as for `veilleur extract --jsonl`."
)
@click.pass_context
def intel(ctx: click.Context, target: str | None, as_json: bool, jsonl: tuple[str, str] | None) -> None:
    """What matters in one page, file or URL: relevance, category, victims, actors, CVEs, IOCs,
    impacts and priority (or a JSON-lines batch)."""

    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    _one_input(target, as_json, jsonl)
    settings = _settings(ctx)
    if jsonl:
        source, out = batch_paths(jsonl)
        batch_done(ctx, run_batch(source, out, settings, with_intel=True), out)
        return
    assert target is not None  # `_one_input`
    document, entry, error = _load(target, settings)
    article = extract_article(document, entry, settings.limits.min_words)
    record = enrich(article, settings.limits.min_relevance, settings.watchlist)
    if as_json:
        click.echo(json.dumps(intel_json(record), ensure_ascii=False, indent=2))
        _fetch_failed(ctx, error)
        return
    if error:  # nothing was read: an analysis of no page ("relevant=False", "other") would mislead
        _fetch_failed(ctx, error)
    console = _out()
    console.print(Text(article.title, style="bold"))
    if not article.usable:  # why the answers below are empty (a binary file, no text)
        console.print(f"usable=False {article.reason}", markup=False)
    console.print(
        f"relevant={record.relevant} ({record.relevance_score}) promotional={record.promotional} "
        f"category={record.category}"
    )
    console.print(f"priority={record.priority}")
    for victim in record.victims:
        line = f"victim: {victim.name} sectors={_codes(victim.sectors)} countries={_codes(victim.countries)}"
        console.print(line, markup=False)
    console.print(f"sectors={_codes(record.sectors)} countries={_codes(record.countries)}", markup=False)
    for label, named in (("actor", record.threat_actors), ("malware", record.malware)):
        for item in named:
            console.print(f"{label}: {item.name} → {item.canonical}", markup=False)
    for cve in record.cves:
        console.print(f"{cve.id}: {cve.sentence}", markup=False)
    for ioc in record.iocs:
        console.print(f"ioc {ioc.kind}: {ioc.defanged}", markup=False)
    for impact in record.impacts:
        console.print(f"impact {impact.kind}: {impact.sentence}", markup=False)
    for said in record.response:
        console.print(f"response {said.kind}: {said.sentence}", markup=False)
    for line in fact_lines(record):
        console.print(line, markup=False)
    console.print("priority: " + "; ".join(map(str, record.priority_reasons)), markup=False)


def _codes(values: Sequence[object]) -> str:
    """Sector or country codes as the JSON gives them ("healthcare,government"), not Python reprs."""
    return ",".join(str(getattr(value, "value", value)) for value in values) or "-"


@click.command()
@click.argument("target")
@click.option("--tag", default="veille", show_default=True, help="Source tag of the post.")
@click.option("--style", type=click.Choice(["current", "old"]), help="Post style (default: configured).")
@click.pass_context
def post(ctx: click.Context, target: str, tag: str, style: str | None) -> None:
    """Print the Jekyll post veilleur would publish for one page, file or URL."""
    from veilleur.text import regex_cache

    regex_cache.install()  # the patterns' programs kept by the commands before (see regex_cache)
    try:
        _post(ctx, target, tag, style)
    finally:
        regex_cache.save()


def _post(ctx: click.Context, target: str, tag: str, style: str | None) -> None:
    from veilleur.batch import NoPost, page_post
    from veilleur.clock import collection_day

    settings = _settings(ctx)
    document, entry, error = _load(target, settings)
    if error:
        raise click.ClickException(f"no post: fetch failed: {error}")
    day = collection_day(clock.now(), settings.publish.timezone, settings.publish.day_rollover_hour)
    try:
        text, written_by = page_post(document, entry, settings, day, tag, style)
    except NoPost as exc:
        raise click.ClickException(f"no post: {exc}") from None
    # On standard error, so that standard output stays the post alone.
    _console().print(Text(f"briefing written by {written_by}", style="dim"))
    click.echo(text, nl=False)
