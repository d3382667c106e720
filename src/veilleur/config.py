"""Configuration: embedded defaults < `veilleur.toml` < environment variables (`VEILLEUR_…`).

Nested keys use a double underscore in the environment: `VEILLEUR_PUBLISH__OUT_DIR=/srv/blog`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from veilleur.edge import check_source, origin
from veilleur.models import SectorName, Source, Tlp
from veilleur.redact import register_secret

# The default threshold of `relevant`: on news-dev (bench/intel.py) it keeps most security news while
# leaving out most of the non-security feeds; higher thresholds miss security articles about fraud,
# privacy breaches or arrests, lower ones let general tech news in.
DEFAULT_MIN_RELEVANCE = 0.3


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "veilleur"


class _Section(BaseModel):
    """A `[section]` of veilleur.toml: a misspelt key is an error, never silently ignored."""

    model_config = ConfigDict(extra="forbid")


class HttpConfig(_Section):
    """How we talk to the web. Defaults are polite to small news sites."""

    timeout: float = 20.0  # seconds without a byte before a read gives up
    connect_timeout: float = 10.0
    deadline: float = 60.0  # wall-clock seconds for a whole request: connection, headers and body
    max_bytes: int = 8_000_000  # larger bodies are refused: no news page needs more
    max_redirects: int = 5
    retries: int = 2  # extra attempts on 429/5xx and network errors
    backoff: float = 1.0  # seconds, doubled at each retry
    max_retry_after: float = 60.0  # never sleep longer than this on a Retry-After header
    user_agent: str = "veilleur/0.1 (+https://pypi.org/project/veilleur/; daily security news watch)"
    respect_robots: bool = True
    politeness_delay: float = 1.0  # minimum seconds between two requests to one host
    allow_private: bool = False  # refuse loopback/private addresses (SSRF) unless allowed
    workers: int = 4  # hosts fetched in parallel; one host is always fetched sequentially
    # Basic-auth credentials by origin (`scheme://host:port`), taken from the `user:pass@` of the
    # configured sources' URLs; held in memory only, never written out.
    credentials: dict[str, tuple[str, str]] = Field(default_factory=dict, exclude=True, repr=False)


class PublishConfig(_Section):
    out_dir: Path = Path("veille")
    style: Literal["current", "old"] = "current"
    timezone: str = "Pacific/Noumea"  # the reference blog's time zone
    # A run before this local hour labels its posts with the previous day, as the reference blog's
    # 06:00 job does; a run after it uses the same day.
    day_rollover_hour: int = 12
    git_commit: bool = True
    git_push: bool = False
    # "story": one post per story, listing every outlet, updated when another article joins it.
    # "article": one post per article, as the reference blog does (copies are still skipped).
    group: Literal["story", "article"] = "story"
    incidents: bool = True  # write _data/incidents.json and the incidents page
    # The strictest TLP that may leave by a public channel (the site's posts, feed.xml, feed.json):
    # a story whose sources are marked above it is kept out of them.
    max_public_tlp: Tlp = Tlp.CLEAR
    # The blog's public address: the absolute links of feed.xml / feed.json, digests and alerts.
    site_url: str = "http://localhost:4000"  # `jekyll serve`'s own
    site_title: str = "Veille cyber"
    feeds: bool = True  # write feed.xml (Atom 1.0) and feed.json (JSON Feed 1.1) into the site
    feed_items: int = 50  # newest stories in the site's feeds
    # Nothing is published until an analyst approves the story in the console (veilleur web).
    review: bool = False


class ExportConfig(_Section):
    """Who the CTI exports (STIX 2.1, MISP feed) say they come from."""

    publisher: str = "veilleur"  # the STIX identity of `created_by_ref`, the MISP events' organisation
    contact: str = ""  # the publisher's contact (a URL or an e-mail address), in the STIX identity


class SmtpConfig(_Section):
    """The mail server the digest is sent through. The password is never in the file: `password_env`
    names the environment variable that holds it."""

    host: str = "localhost"
    port: int = 587
    security: Literal["starttls", "ssl", "none"] = "starttls"  # ssl: SMTPS (port 465)
    user: str = ""  # empty: no login
    password_env: str = "VEILLEUR_SMTP_PASSWORD"
    sender: str = "veilleur@localhost"  # the From address
    timeout: float = 30.0  # seconds


class DigestConfig(_Section):
    """The French daily digest (`veilleur digest`)."""

    to: list[str] = Field(default_factory=list)  # recipients of `--send`
    out_dir: Path = Path("digests")  # where the Markdown and HTML files go (not the public site)
    max_tlp: Tlp = Tlp.AMBER  # the strictest TLP its recipients may receive
    smtp: SmtpConfig = Field(default_factory=SmtpConfig)


class AlertsConfig(_Section):
    """Alerts (publish/alerts.py): a story that matches the watchlist or reaches `min_priority` is
    announced once on every channel, and again only when a victim or a CVE is added or
    exploitation is confirmed."""

    # Apprise URLs (https://github.com/caronc/apprise/wiki): json://host/path (a JSON webhook),
    # mailto://user:pass@host, slack://…, msteams://…, mmost://…, matrix://…, ntfy://… Tokens sit
    # in these URLs: give them by `VEILLEUR_ALERTS__URLS='["…"]'` rather than in the file.
    urls: list[str] = Field(default_factory=list, repr=False)
    min_priority: int = Field(default=80, ge=0, le=100)
    watchlist: bool = True  # a watchlist match is announced whatever its priority
    max_tlp: Tlp = Tlp.AMBER  # the strictest TLP its channels may receive
    max_age_days: int = 3  # stories older than this (post date) are never announced

    @model_validator(mode="after")
    def _secret_urls(self) -> AlertsConfig:
        for url in self.urls:
            register_secret(url)  # never echoed in a log or an error message
        return self


class LimitsConfig(_Section):
    max_entries_per_source: int = 30
    max_age_days: int = 3  # feed items older than this are not collected (first run on a backlog)
    min_words: int = 80  # below this an extracted page is not an article
    fetch_attempts: int = 3  # runs that retry a failing page before falling back to the feed text
    min_relevance: float = DEFAULT_MIN_RELEVANCE  # relevance score below which nothing is briefed
    # Runs that try again an item (an entry, a story's briefing, a post, the register) whose
    # stage raised or was rejected, before it is marked failed; `veilleur retry` puts it back.
    max_attempts: int = Field(default=3, ge=1)
    # Processes that extract and enrich articles (0: one per core); results are the same for any.
    cpu_workers: int = Field(default=0, ge=0)
    # CPU seconds one item (a page, an article, a batch of features) may use in a worker process
    # before it fails alone as too long (a pattern backtracking without end on a hostile page);
    # 0: no limit. Items computed in the run's own process (one worker) are not limited.
    item_cpu_seconds: float = Field(default=300.0, ge=0)
    # PostgreSQL store: entries one worker job fetches, extracts and enriches together (its
    # queries and the queue's, about 30 statements a job, are shared by them; a killed worker's
    # job does again only what it had not saved). 50: a feed's day rarely holds more.
    entries_per_job: int = Field(default=50, ge=1, le=500)
    # PostgreSQL store: relevant articles waiting for the clustering that make a clustering pass
    # worth reading the window for while entry jobs still run (and at least half the window's
    # members); once the entries are done, one pass places whatever is left.
    cluster_pass: int = Field(default=200, ge=1)


class OpenAIConfig(_Section):
    """Any OpenAI-compatible chat API: llama.cpp server, Ollama, vLLM, LM Studio, Mistral, OpenAI,
    Gemini. The key is read from the environment variable named here, never stored."""

    base_url: str = "http://127.0.0.1:8080/v1"
    model: str = "local-model"
    api_key_env: str = ""  # e.g. "OPENAI_API_KEY"; empty for local servers without a key
    timeout: float = 120.0
    retries: int = 2  # on 429, 5xx and connection errors, with backoff (honours Retry-After)
    concurrency: int = 2  # requests in flight at once
    temperature: float = 0.2
    max_tokens: int = 1500
    # Bytes of a server's answer read at most (decoded): past it the answer is refused, said, and not
    # retried, so a hostile or broken server cannot exhaust memory. A briefing's answer is a few KB.
    max_response_bytes: int = Field(default=4 * 1024 * 1024, ge=1)
    # How to get JSON: "auto" tries json_schema, then json_object, then plain instructions.
    structured: Literal["auto", "json_schema", "json_object", "none"] = "auto"


class LlamaCppConfig(_Section):
    """A GGUF model run in-process with llama-cpp-python (pip install 'veilleur[local]')."""

    model_path: str = ""
    n_ctx: int = 8192
    n_threads: int = 0  # 0: llama.cpp's default
    temperature: float = 0.2
    max_tokens: int = 1500


class BriefConfig(_Section):
    backend: str = "facts"  # facts (alias: extractive) | openai | llamacpp | a plugin's name
    # When the model fails or its briefing is rejected twice: brief without a model, or wait.
    # "facts" (alias "extractive"): the facts backend writes it; "pending": retried next run.
    on_failure: Literal["facts", "extractive", "pending"] = "facts"
    max_briefs: int = 0  # briefings per run (0: no limit)
    token_budget: int = 0  # model tokens per run (0: no limit)
    time_limit: float = 300.0  # seconds of model time per briefing, retries included (0: no limit)
    time_budget: float = 0.0  # seconds of model time per run (0: no limit)
    breaker: int = 3  # backend failures in a row after which the run stops asking the model (0: never)
    max_input_words: int = 1500  # article words sent to the model
    excerpts: bool = False  # add the article's first sentences, as written, as an *Extraits* block
    openai: OpenAIConfig = Field(default_factory=OpenAIConfig)
    llamacpp: LlamaCppConfig = Field(default_factory=LlamaCppConfig)


class WatchlistConfig(_Section):
    """What the user cares about: matches raise an article's priority and are listed per run."""

    vendors: list[str] = Field(default_factory=list)
    products: list[str] = Field(default_factory=list)
    sectors: list[SectorName] = Field(default_factory=list)  # healthcare, government, financial-services…
    countries: list[str] = Field(default_factory=list)  # ISO 3166-1 alpha-2
    keywords: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)  # names or aliases; matched on canonical names


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="VEILLEUR_", env_nested_delimiter="__", extra="forbid", toml_file=None
    )

    store_url: str = ""
    catalogue: bool = True  # include the built-in sources
    sources: list[Source] = Field(default_factory=list)
    http: HttpConfig = Field(default_factory=HttpConfig)
    publish: PublishConfig = Field(default_factory=PublishConfig)
    export: ExportConfig = Field(default_factory=ExportConfig)
    digest: DigestConfig = Field(default_factory=DigestConfig)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    brief: BriefConfig = Field(default_factory=BriefConfig)
    watchlist: WatchlistConfig = Field(default_factory=WatchlistConfig)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = _CONFIG_PATH.get("path")
        # Highest priority first: explicit arguments (CLI flags), environment, then the file.
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)

    @model_validator(mode="after")
    def _checked_sources(self) -> Settings:
        """Every configured source passes the edge check; URL credentials move to `http`."""
        checked = []
        for source in self.sources:
            clean, credentials = check_source(source)
            if credentials is not None:
                self.http.credentials[origin(clean.url)] = credentials
                register_secret(credentials[1])
            checked.append(clean)
        self.sources = checked
        return self

    def resolved_store_url(self) -> str:
        if self.store_url:
            return self.store_url
        return f"sqlite:///{default_data_dir() / 'veilleur.db'}"


def replaced(settings: Settings, **changes: Any) -> Settings:
    """New settings: `settings` with `changes` — `store_url=…` for a setting, `publish__out_dir=…`
    for a key of a section (the environment's double underscore) — each value validated as if read
    from veilleur.toml (a misspelt key or a wrong value raises `ValueError`, pydantic's
    `ValidationError` included). `settings` itself is left as it is: settings are built once per
    command and only read afterwards, so that what a command was given holds wherever it is read."""
    top: dict[str, Any] = {}
    sections: dict[str, dict[str, Any]] = {}
    for key, value in changes.items():
        name, _, field = key.partition("__")
        if name not in Settings.model_fields:
            raise ValueError(f"no setting {key!r}")
        if field:
            sections.setdefault(name, {})[field] = value
        else:
            top[name] = TypeAdapter(Settings.model_fields[name].annotation).validate_python(value)
    for name, fields in sections.items():
        section = getattr(settings, name)
        # dict(section), not model_dump(): fields never written out (http.credentials) are kept.
        top[name] = type(section).model_validate({**dict(section), **fields})
    return settings.model_copy(update=top)


_CONFIG_PATH: dict[str, Path | None] = {"path": None}


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read `path` (or `$VEILLEUR_CONFIG`, or `./veilleur.toml` if present), then the environment."""
    if path is None:
        env_path = os.environ.get("VEILLEUR_CONFIG")
        if env_path:
            path = Path(env_path)
        elif Path("veilleur.toml").is_file():
            path = Path("veilleur.toml")
    if path is not None and not path.is_file():
        raise FileNotFoundError(f"configuration file not found: {path}")
    _CONFIG_PATH["path"] = path
    try:
        return Settings(**overrides)
    finally:
        _CONFIG_PATH["path"] = None
