"""Records keep a window of the sentence that states them, not a hostile page's whole run: a
"sentence" with no full stop may be 500,000 characters, and each of its CVE ids, facts and impacts
kept it whole (a 40 kB list of 1,857 ids made a 72 MB Intel record)."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.models import Article, CveMentionRecord, Fact, ImpactRecord
from veilleur.models.intel import SENTENCE_CHARS, excerpt


def _article(title: str, text: str) -> Article:
    url = "https://news.example/a"
    return Article(url=url, canonical_url=url, title=title, text=text, lang="en")


def test_a_sentence_listing_thousands_of_cves_is_kept_once_per_id_as_a_window() -> None:
    ids = [f"CVE-2024-{1000 + i}" for i in range(1_500)]
    text = "Fictional Quillpage advisory. Patched flaws: " + ", ".join(ids) + " are exploited in the wild."
    intel = enrich(_article("Quillpage patches 1,500 flaws", text))
    assert [c.id for c in intel.cves] == ids  # every id kept, in order
    for record in intel.cves:
        assert len(record.sentence) <= SENTENCE_CHARS + 2  # the two "…" marks
        assert record.id in record.sentence  # the window is the one around its own id
    assert len(intel.model_dump_json()) < 40 * len(text)  # was 1,500 × the whole sentence


def test_every_record_bounds_its_sentence_around_what_it_states() -> None:
    run = "menu item " * 20_000
    fact = Fact(value="$4 million", sentence=f"{run}the gang asked for $4 million from Acme {run}")
    impact = ImpactRecord(
        kind="emergency_diverted", sentence=f"{run} ambulances diverted {run}", amount="ambulances"
    )
    cve = CveMentionRecord(id="CVE-2025-1234", sentence=f"{run} CVE‑2025‑1234 is exploited {run}")
    for record, anchor in (
        (fact, "$4 million"),
        (impact, "ambulances diverted"),
        (cve, "2025‑1234 is exploited"),
    ):
        assert len(record.sentence) <= SENTENCE_CHARS + 2
        assert anchor in record.sentence
        assert record.sentence.startswith("…") and record.sentence.endswith("…")
    # a record loaded back from the store is bounded the same way
    assert len(Fact.model_validate_json(Fact(value="x", sentence="y").model_dump_json()).sentence) == 1


def test_an_ordinary_sentence_is_kept_whole() -> None:
    sentence = "The fictional Valbrune hospital diverted ambulances on Monday after the attack."
    assert excerpt(sentence, 40) == sentence
    assert Fact(value="Monday", sentence=sentence).sentence == sentence
    cut = excerpt("word " * 1_000, 2_500, limit=100)
    assert len(cut) <= 102 and cut.startswith("…") and cut.endswith("…") and "  " not in cut
