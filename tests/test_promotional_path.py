"""A promotional page is recognised, recorded and never briefed, all the way through the pipeline
(bench/data/intel/GUIDE.md §2): fictional award announcements, webinar invitations and product
launches in English and French, full of security words, run from a capture folder next to a news
report; only the report reaches a story and a post."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

from veilleur.config import HttpConfig
from veilleur.models import Source, SourceKind

NEWS = (
    "URL: https://news.example/2026/11/sigma-ransomware\n\n"
    "Ransomware hits the fictional Sigma Corp\n\n"
    "Sigma Corp, a fictional logistics firm, was hit by ransomware on Monday, the company said. "
    "Attackers encrypted several servers and demanded a ransom. Systems were shut down as a precaution "
    "and the incident was reported to the police, who are investigating. The attack was detected early "
    "on Monday by the firm's security team, which isolated the affected network. Customers were told "
    "that deliveries would be late for several days while the servers are rebuilt from backups. The "
    "company has not said whether any data was stolen and has hired incident responders to find how the "
    "attackers got in.\n"
)
# What a vendor's page adds after its headline's promise (the capture needs 80 words to be an article).
PITCH_EN = (
    "Security teams face more alerts than ever, and attackers move faster every year. Organisations "
    "need a platform that unifies detection and response across endpoints, e-mail and the cloud. Our "
    "solution gives your team one view of every threat and lets analysts focus on what matters. "
    "Thousands of companies in every industry already rely on it to keep their business running, and "
    "our award-winning support team is available around the clock to help you get started."
)
PITCH_FR = (
    "Les équipes de sécurité font face à toujours plus d'alertes, et les attaquants vont plus vite "
    "chaque année. Les organisations ont besoin d'une plateforme qui unifie la détection et la réponse "
    "sur les postes, la messagerie et le cloud. Notre solution offre à vos équipes une vue unique de "
    "chaque menace. Des milliers d'entreprises de tous les secteurs lui font déjà confiance pour "
    "assurer la continuité de leur activité, et notre équipe d'assistance vous accompagne à chaque "
    "étape, jour et nuit."
)
# (url slug, headline, body): each speaks of ransomware, phishing and threats as marketing does.
PROMOTIONAL = {
    "award-en": (
        "Examplesoft named a Leader in the 2026 Forrester Wave for ransomware protection",
        "We are proud to share that Examplesoft has been recognised for its ransomware and phishing "
        "defences. Our platform stops threats before they spread, and our customers trust it every day.",
    ),
    "webinar-en": (
        "Webinar: stopping ransomware before it encrypts your network",
        "Join our experts on 3 December for a live session on ransomware, phishing and the latest threat "
        "actors. Register now to save your seat; a recording will be sent to every attendee.",
    ),
    "launch-en": (
        "Announcing Example Shield 5.0: AI-powered ransomware detection",
        "Today we are excited to announce Example Shield 5.0, which detects ransomware and phishing "
        "attacks in real time. Request a demo or start your free trial today.",
    ),
    "prix-fr": (
        "Examplesoft nommé leader du Magic Quadrant pour la protection contre les rançongiciels",
        "Nous sommes fiers d'annoncer cette reconnaissance de notre plateforme contre les rançongiciels "
        "et l'hameçonnage. Nos clients font confiance à nos solutions de cybersécurité.",
    ),
    "webinaire-fr": (
        "Webinaire : comment se protéger des rançongiciels en 2027",
        "Rejoignez nos experts le 3 décembre pour une session en direct sur les rançongiciels, "
        "l'hameçonnage et les menaces. Inscrivez-vous dès maintenant, les places sont limitées.",
    ),
    "lancement-fr": (
        "Examplesoft lance sa nouvelle plateforme de détection des cyberattaques",
        "Nous sommes heureux de vous présenter notre nouvelle plateforme, qui détecte les rançongiciels "
        "et les attaques par hameçonnage en temps réel. Demandez une démo ou profitez de l'essai gratuit.",
    ),
}


def test_promotional_pages_are_recorded_and_never_reach_a_story_or_a_post(
    tmp_path: Path, http_config: HttpConfig, fixed_now: datetime
) -> None:
    from test_pipeline import run_once, settings_for

    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "news.txt").write_text(NEWS, encoding="utf-8")
    for slug, (title, body) in PROMOTIONAL.items():
        url = f"https://vendor.example/blog/{slug}"
        pitch = PITCH_FR if slug.endswith("-fr") else PITCH_EN
        text = f"URL: {url}\n\n{title}\n\n{body}\n\n{pitch}\n"
        (folder / f"{slug}.txt").write_text(text, encoding="utf-8")
    source = Source(name="captures", kind=SourceKind.FILES, url=str(folder), tag="captures")
    settings = settings_for(tmp_path, [source], http_config)
    summary = run_once(settings, fixed_now).summary

    # Only the report is published.
    assert len(summary.published) == 1, (summary, summary.irrelevant)
    post = summary.published[0].read_text(encoding="utf-8")
    assert "Sigma" in post
    for title, _ in PROMOTIONAL.values():
        assert title not in post
    # Each promotional page is stored with its mark and its reason, not relevant, in no story.
    skipped = dict(summary.irrelevant)
    with sqlite3.connect(tmp_path / "store.db") as db:
        rows = db.execute(
            "select e.url, i.relevant, i.data, m.story_id from entries e join intel i on i.entry_id = e.id "
            "left join story_members m on m.entry_id = e.id"
        ).fetchall()
    records = {url: (bool(relevant), json.loads(data), story) for url, relevant, data, story in rows}
    for slug in PROMOTIONAL:
        url = f"https://vendor.example/blog/{slug}"
        assert url in records, (url, summary.rejected, summary.duplicates, list(records))
        relevant, data, story = records[url]
        assert data["promotional"] is True and not relevant and story is None, (slug, data["notes"])
        assert data["notes"] and url in skipped
    relevant, data, story = records["https://news.example/2026/11/sigma-ransomware"]
    assert relevant and not data["promotional"] and story is not None
