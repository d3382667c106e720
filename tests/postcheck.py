"""The format rules of POST-FORMAT.md, as a checker the tests run on every generated post."""

from __future__ import annotations

import re

import yaml

FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
FOOTER = re.compile(
    r'\n\n---\n(\[Source\]\(https?://[^)\s]+\)\{:target="_blank"\}|Source : [^\n\[\]()]+'
    r'|Sources :\n(\*   (\[Source\]\(https?://[^)\s]+\)\{:target="_blank"\}|Source : [^\n\[\]()]+)\n?)+)\n\Z'
)
LEAKS = re.compile(
    r"(?im)^(#+\s*|\*\*)?(titre|title|résumé|summary)\s*:|voici un résumé|\bhere is\b|\bas an ai\b"
)


def check_post(text: str, filename: str, style: str = "current") -> list[str]:
    """Every rule the post breaks (an empty list for a valid post)."""
    problems: list[str] = []
    match = FRONT.match(text)
    if not match:
        return ["no front matter"]
    raw = match.group(1)
    lines = raw.split("\n")
    keys = [line.split(":", 1)[0] for line in lines if line and not line.startswith("- ")]
    if keys != ["title", "date", "permalink", "tags"]:
        problems.append(f"front-matter keys {keys}")
    if not re.fullmatch(r"title: '[^'\n]*'", lines[0]):
        problems.append("title is not single-quoted without apostrophes")
    try:
        meta = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        return [*problems, f"invalid YAML: {exc}"]
    date = str(meta["date"])
    slug = meta["permalink"].rstrip("/").rsplit("/", 1)[-1]
    if meta["permalink"] != f"/posts/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}/":
        problems.append("permalink does not match the date")
    if filename != f"{date}-{slug}.md":
        problems.append(f"file name {filename} does not match date and slug")
    if not (isinstance(meta["tags"], list) and len(meta["tags"]) == 2 and meta["tags"][0] == "veille-cyber"):
        problems.append(f"tags {meta['tags']}")
    body = text[match.end() :]
    if not FOOTER.search(body):
        problems.append("Source footer missing or malformed")
    heading = body.split("\n", 1)[0]
    if style == "current" and not heading.startswith("### "):
        problems.append("body does not start with a ### title")
    if style == "old" and not (heading.startswith("**") and heading.endswith("**")):
        problems.append("body does not start with a bold title")
    if re.search(r"(?m)^\s*[-+] ", body):
        problems.append("a bullet is not '*'")
    if re.search(r"\S:\*\*", body):
        problems.append("a bold label without the French space before ':'")
    if body.count("**") % 2:
        problems.append("odd number of '**'")
    if LEAKS.search(body):
        problems.append("leaked label or preamble")
    if re.search(r"<[a-zA-Z/][^>]*>", body.replace("\\<", "")):
        problems.append("raw HTML in the body")
    for label in ("Points clés", "Vulnérabilités", "Recommandations"):
        wanted = (
            f"**{label} :**"
            if style == "current"
            else f"**{'Points Clés' if label == 'Points clés' else label} :**"
        )
        if wanted not in body:
            problems.append(f"missing section {wanted}")
    if style == "current" and re.search(r"\*\* :\*\*\n\n|:\*\*\n\n\*", body):
        problems.append("blank line after a section label")
    words = len(re.findall(r"[\wÀ-ÿ'’-]+", FOOTER.sub("", body)))
    if words > 600:
        problems.append(f"{words} words: runaway length")
    for cve in re.findall(r"CVE[-\u2010-\u2015/]\S*", body):
        if not re.fullmatch(r"CVE-\d{4}-\d{4,7}\W*", cve):
            problems.append(f"malformed CVE {cve}")
    return problems
