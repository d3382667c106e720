"""`veilleur demo`: the whole pipeline on a bundled fictional web, served on loopback."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from rich.console import Console

from veilleur.config import Settings, load_settings, replaced
from veilleur.demo.server import SITE, DemoServer
from veilleur.models import Source, SourceKind
from veilleur.pipeline import Pipeline
from veilleur.publish.site_config import write_site_config
from veilleur.store import Store
from veilleur.summary import RunSummary


def demo_sources(base: str) -> list[Source]:
    feed, page, files = SourceKind.FEED, SourceKind.PAGE, SourceKind.FILES
    return [
        Source(
            name="guetteur",
            kind=feed,
            url=f"{base}/guetteur/feed.xml",
            tag="guetteur",
            title="Le Guetteur Numérique",
            lang="fr",
        ),
        Source(
            name="harbor", kind=feed, url=f"{base}/harbor/rss.xml", tag="harbor", title="Cyber Harbor Daily"
        ),
        Source(
            name="broken-feed",
            kind=feed,
            url=f"{base}/broken/feed.xml",
            tag="broken",
            title="Broken Feed Weekly",
        ),
        Source(
            name="html-not-feed",
            kind=feed,
            url=f"{base}/gazette/",
            tag="gazette",
            title="Page posing as a feed",
        ),
        Source(
            name="gazette",
            kind=page,
            url=f"{base}/gazette/",
            tag="gazette",
            title="La Gazette de Fictiveville",
            lang="fr",
        ),
        Source(
            name="captures",
            kind=files,
            url=str(SITE / "captures"),
            tag="captures",
            title="Captures texte",
            lang="fr",
        ),
    ]


def _init_git(site: Path) -> None:
    """Make the demo site a git repository so the demo shows the blog's commit message."""
    if (site / ".git").exists():
        return
    try:
        subprocess.run(["git", "init", "-q", str(site)], check=True, capture_output=True)
        for key, value in (("user.name", "veilleur demo"), ("user.email", "demo@veilleur.invalid")):
            subprocess.run(["git", "-C", str(site), "config", key, value], check=True, capture_output=True)
        (site / ".gitignore").write_text(".veilleur/\nveilleur.toml\n", encoding="utf-8")
    except (OSError, subprocess.CalledProcessError):
        pass  # no git: the posts are written all the same


def demo_settings(out: Path, base: str) -> Settings:
    settings = load_settings(
        None,
        store_url=f"sqlite:///{out / '.veilleur' / 'demo.db'}",
        catalogue=False,
        sources=demo_sources(base),
    )
    # Loopback is refused by default (it protects servers from being probed through veilleur);
    # the demo web lives there, so it is allowed here, and nobody needs to wait between requests.
    return replaced(
        settings,
        publish__out_dir=out,
        http__allow_private=True,
        http__politeness_delay=0.0,
        http__retries=1,
        http__backoff=0.1,
    )


# A fixed port keeps the demo's URLs, hence its canonical URLs, the same from run to run, so a
# second `veilleur demo --out DIR` finds everything already published.
DEMO_PORT = 8642


def _server(port: int) -> DemoServer:
    try:
        return DemoServer(port=port)
    except OSError:
        return DemoServer(port=0)  # port taken: any free one (a rerun then sees new URLs)


def _write_config(out: Path, settings: Settings) -> None:
    """A veilleur.toml next to the demo site, so that `veilleur --config DIR/veilleur.toml
    stories|incidents|brief …` works on what the demo stored."""
    config = out / "veilleur.toml"
    if not config.exists():
        config.write_text(
            f"store_url = {json.dumps(settings.resolved_store_url())}\ncatalogue = false\n\n"
            f"[publish]\nout_dir = {json.dumps(str(out))}\n",
            encoding="utf-8",
        )


def run_demo(out: Path, console: Console | None = None, port: int = DEMO_PORT) -> RunSummary:
    out.mkdir(parents=True, exist_ok=True)
    _init_git(out)
    with _server(port) as server:
        settings = demo_settings(out, server.base)
        _write_config(out, settings)
        # Jekyll would publish veilleur.toml (it names the store) and any store file in the folder.
        write_site_config(out, "Veille cyber (démo)", out / ".veilleur" / "demo.db")
        store = Store(settings.resolved_store_url())
        # The demo's sources are the demo's, not the written veilleur.toml's (which names none):
        # declared as "config", the first `veilleur --config DIR/veilleur.toml sources list` the
        # demo suggests would disable them all as taken out of the file, and list nothing.
        for source in settings.sources:
            store.sources.save(source, origin="demo")
            store.sources.set_enabled(source.name, True)
        pipeline = Pipeline(settings, store, console=console)
        try:
            return pipeline.run()
        finally:
            pipeline.close()
            store.close()
