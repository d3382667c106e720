"""A people's state body ("Russian Ministry of Defence", "Iranian Navy") is an institution's name,
not a word of the stop list before one (fictional text)."""

from __future__ import annotations

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_model import candidates, choose

TITLE = "Hacktivists claim they hacked Chinese Ministry of Fisheries, stole quota files"
TEXT = (
    "A hacktivist group says it breached the networks of the Chinese Ministry of Fisheries and stole "
    "thousands of internal documents. The group posted samples on its channel on Monday."
)


def test_a_peoples_ministry_is_a_victim() -> None:
    found = candidates(TITLE, TEXT)
    ministry = next(c for c in found if c.name == "Chinese Ministry of Fisheries")
    assert "known:stop" not in ministry.features
    assert veto(ministry) == ""
    assert "Chinese Ministry of Fisheries" in [c.name for c in choose(found)]


def test_a_people_before_other_words_stays_a_stop() -> None:
    found = {c.name: c for c in candidates("Chinese Hackers Breach Fishing Fleet", "Chinese Hackers did it.")}
    assert all("known:stop" in c.features for name, c in found.items() if name.startswith("Chinese"))


def test_the_attackers_clause_before_the_name_is_not_the_victims_country() -> None:
    from veilleur.enrich.victim_country import victim_countries

    sentence = "Ukraine claims it hacked Chinese Ministry of Fisheries, stole quota files"
    assert victim_countries("Chinese Ministry of Fisheries", "Ukraine claims it hacked ", sentence) == ["CN"]
