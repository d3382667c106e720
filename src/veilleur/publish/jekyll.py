"""Jekyll posts in the exact format of the reference blog (POST-FORMAT.md), written atomically,
committed with the blog's own message when the site folder is a git repository."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from veilleur.models import Briefing, Post
from veilleur.publish import escape
from veilleur.publish.files import file_mode
from veilleur.text.slug import front_matter_title, slugify

STYLES = {"current": "post-current.md.j2", "old": "post-old.md.j2"}
COMMIT_MESSAGE = "feat(veille-cyber): new posts from {date}"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("veilleur", "templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        # Markdown, not HTML: every value from outside is escaped by `escape` before rendering.
        autoescape=False,
    )


def safe_url(url: str) -> str:
    """The URL as a Markdown link target, or "" when it must not be linked (`escape.url`)."""
    return escape.url(url)


def footer(urls: list[str], names: Mapping[str, str] | None = None) -> str:
    """`[Source](URL){:target="_blank"}`; several sources become a list of the same links. A URL
    that is not a safe http(s) link (a local capture's `file://`, any other scheme) is not linked:
    the outlet `names[url]` is named instead, or the footer says the source has no public link."""
    names = names or {}
    items: dict[str, str] = {}  # by link target or outlet name: each said once
    for url in urls:
        target = safe_url(url)
        if target:
            items.setdefault(target, f'[Source]({target}){{:target="_blank"}}')
        elif names.get(url, "").strip():
            name = escape.text(names[url])
            items.setdefault(f"name:{name}", f"Source : {name}")
    links = list(items.values())
    if not links:
        return "Source : sans lien public."
    if len(links) == 1:
        return links[0]
    return "Sources :\n" + "\n".join(f"*   {link}" for link in links)


def render_post(
    briefing: Briefing,
    title: str,
    post_date: date,
    tag: str,
    urls: list[str],
    style: str = "current",
    updates: Sequence[str] = (),
    names: Mapping[str, str] | None = None,
) -> Post:
    """Render a post; `updates` are its dated *Mise à jour* lines, oldest first. Raises ValueError
    when the title leaves nothing to make a slug from. Every value passes `escape` here, whatever
    backend wrote the briefing: the slug follows the blog's rule on the title as read, the
    front matter carries the escaped title."""
    slug = slugify(front_matter_title(title))
    if not slug:
        raise ValueError(f"title {title!r} gives an empty slug")
    shown = escape.title(title)
    tag = escape.tag(tag)
    post = Post(title=shown, date=post_date, slug=slug, tag=tag, source_urls=urls, text="")
    text = (
        _environment()
        .get_template(STYLES[style])
        .render(
            title=shown,
            date=post_date.isoformat(),
            permalink=post.permalink,
            tag=tag,
            b=escape.briefing(briefing),
            footer=footer(urls, names),
            updates=[escape.text(line) for line in updates],
        )
    )
    post.text = text
    return post


def render_titled(
    briefing: Briefing,
    title: str,
    post_date: date,
    tag: str,
    urls: list[str],
    style: str,
    fallback_id: int,
    names: Mapping[str, str] | None = None,
) -> Post:
    """`render_post`, except that an item with no headline (an empty feed title and page title) is
    titled with its briefing's heading, and a title with no Latin letter or digit still gets a
    stable slug, made with `fallback_id`. An empty headline was titled " veille 20", with a
    leading space."""
    title = " ".join(title.split()) or " ".join(briefing.heading.split())
    try:
        return render_post(briefing, title, post_date, tag, urls, style, names=names)
    except ValueError:
        fallback = f"{title} veille {fallback_id}" if title else f"Veille {fallback_id}"
        return render_post(briefing, fallback, post_date, tag, urls, style, names=names)


def relocate(post: Post, slug: str) -> Post:
    """The same post under another slug (when its date and slug are taken by another article)."""
    old_permalink = post.permalink
    moved = post.model_copy(update={"slug": slug})
    moved.text = post.text.replace(f"permalink: {old_permalink}\n", f"permalink: {moved.permalink}\n", 1)
    return moved


def write_post(site: Path, post: Post) -> Path:
    """Write `_posts/<date>-<slug>.md` atomically: a crash leaves the old file or the new one."""
    folder = site / "_posts"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / post.filename
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".md")
    os.fchmod(handle, file_mode())  # mkstemp's 0600 would hide the post from the web server
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(post.text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def remove_stale_temporaries(site: Path) -> int:
    """Delete half-written files left by a run killed in the middle of `write_post`, or of
    writing the feeds (the site's root) or the incident register (`_data`, the page at the root)."""
    removed = 0
    stale_files = [
        *(site / "_posts").glob(".tmp-*.md"),
        *(path for path in site.glob(".tmp-*") if path.is_file()),
        *(path for path in (site / "_data").glob(".tmp-*") if path.is_file()),
    ]
    for stale in stale_files:
        stale.unlink(missing_ok=True)
        removed += 1
    return removed


def is_git_repository(site: Path) -> bool:
    result = subprocess.run(
        ["git", "-C", str(site), "rev-parse", "--is-inside-work-tree"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0 and result.stdout.strip() == "true"


def commit_posts(site: Path, paths: Iterable[Path], post_date: date, push: bool = False) -> bool:
    """Commit the given posts with the blog's message; return False when there was nothing new."""
    relative = [str(path.relative_to(site)) for path in paths]
    if not relative:
        return False
    subprocess.run(["git", "-C", str(site), "add", "--", *relative], check=True, capture_output=True)
    if not _commit_staged(site, COMMIT_MESSAGE.format(date=post_date.isoformat())):
        return False
    if push:
        subprocess.run(["git", "-C", str(site), "push", "-q"], check=True, capture_output=True)
    return True


def remove_posts(site: Path, paths: list[str], message: str, commit: bool) -> None:
    """Delete posts (relative paths) from the site, and from its git history's next commit."""
    for relative in paths:
        (site / relative).unlink(missing_ok=True)
    if not (commit and paths and is_git_repository(site)):
        return
    subprocess.run(
        ["git", "-C", str(site), "rm", "-q", "--cached", "--ignore-unmatch", "--", *paths],
        check=True,
        capture_output=True,
    )
    _commit_staged(site, message)


def _commit_staged(site: Path, message: str) -> bool:
    """Commit what is staged; False when nothing is (the files did not change)."""
    staged = subprocess.run(
        ["git", "-C", str(site), "diff", "--cached", "--quiet"], check=False, capture_output=True
    )
    if staged.returncode == 0:
        return False
    subprocess.run(["git", "-C", str(site), "commit", "-q", "-m", message], check=True, capture_output=True)
    return True
