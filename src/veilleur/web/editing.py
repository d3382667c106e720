"""An analyst's edit of a story's briefing, checked by the faithfulness guard before it is kept.

The form gives the heading, the summary and one item per line (`label : text` for key points and
recommendations, `CVE-… : text` for vulnerabilities). An edit is refused, with the guard's
reasons, when the guard rejects it or would remove anything from it (an invented CVE, a number or
a name no source states): what an analyst saves is exactly what will be published."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veilleur.brief.guard import BREVE_MIN_WORDS, guard_briefing
from veilleur.brief.story import story_request
from veilleur.brief.writer import grounding_sources
from veilleur.enrich.cves import unique_cves
from veilleur.models import Briefing, GuardReport, KeyPoint, Vulnerability
from veilleur.store import Store


@dataclass
class EditResult:
    briefing: Briefing | None  # the briefing saved, None when refused
    reasons: list[str]


def _items(text: str) -> list[tuple[str, str]]:
    out = []
    for line in text.splitlines():
        line = line.strip().lstrip("-*• ").strip()
        if not line:
            continue
        label, sep, rest = line.partition(" : ") if " : " in line else line.partition(": ")
        out.append((label.strip(), rest.strip()) if sep else ("", line))
    return out


def edited_briefing(current: Briefing, form: dict[str, str]) -> Briefing:
    """The current briefing with the form's fields in place."""
    return current.model_copy(
        update={
            "heading": form.get("heading", current.heading).strip(),
            "summary": form.get("summary", current.summary).strip(),
            "key_points": [
                KeyPoint(label=label or "À retenir", text=text)
                for label, text in _items(form.get("key_points", ""))
            ],
            "vulnerabilities": [
                Vulnerability(cve=label, text=text) for label, text in _items(form.get("vulnerabilities", ""))
            ],
            "recommendations": [
                KeyPoint(label=label or "À faire", text=text)
                for label, text in _items(form.get("recommendations", ""))
            ],
        }
    )


def form_of(briefing: Briefing) -> dict[str, str]:
    """The edit form's initial values."""
    return {
        "heading": briefing.heading,
        "summary": briefing.summary,
        "key_points": "\n".join(f"{p.label} : {p.text}" for p in briefing.key_points),
        "vulnerabilities": "\n".join(f"{v.cve} : {v.text}" for v in briefing.vulnerabilities),
        "recommendations": "\n".join(f"{p.label} : {p.text}" for p in briefing.recommendations),
    }


# Any id shaped like a CVE, valid or not: the guard's CVE reader skips ids it finds impossible
# (a year after next year), so an edit naming one would otherwise pass unchecked.
_CVE_SHAPED = re.compile(r"\bCVE\W?\d{4}\W?\d{4,}\b", re.IGNORECASE)


def impossible_cves(briefing: Briefing) -> list[str]:
    """CVE-shaped ids of the briefing that are no valid CVE id (e.g. CVE-2031-99999 in 2026)."""
    texts = [briefing.heading, briefing.summary, *(v.cve + " " + v.text for v in briefing.vulnerabilities)]
    texts += [p.label + " " + p.text for p in briefing.key_points + briefing.recommendations]
    found = [m.group(0) for text in texts for m in _CVE_SHAPED.finditer(text)]
    return [f"cve not a valid id: {raw}" for raw in dict.fromkeys(found) if not unique_cves(raw)]


def reasons_of(report: GuardReport) -> list[str]:
    reasons = list(report.rejected)
    reasons += [f"{r.field}: « {r.text} » — {'; '.join(r.reasons)}" for r in report.removed]
    return reasons


def save_edit(store: Store, story_id: int, form: dict[str, str], by_user: str) -> EditResult:
    """Check the edited briefing against the story's sources and save it as a new revision when
    the guard accepts it whole. Raises LookupError when the story has no briefing yet."""
    current = store.briefings.of_story(story_id)
    items = store.stories.articles(story_id)
    if current is None or not items:
        raise LookupError(f"story {story_id} has no briefing to edit")
    request = story_request(items)
    candidate = edited_briefing(current.briefing, form)
    cleaned, report = guard_briefing(
        candidate, grounding_sources(request), request.urls, require_french=True, min_words=BREVE_MIN_WORDS
    )
    reasons = impossible_cves(candidate) + reasons_of(report)
    if reasons:
        return EditResult(None, reasons)
    report.repaired.append(f"edited by {by_user} in the console")
    store.briefings.save_story(
        story_id, current.covers, cleaned, status="edited", report=report.model_dump_json()
    )
    return EditResult(cleaned, [])
