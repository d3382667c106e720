"""A list introduced as victims whose names come each after a description ("tech manufacturer X,
NHS vendor Y, and IT giant Z"), in the lead or past it (fictional text)."""

from __future__ import annotations

from veilleur.enrich.victim_model import candidates
from veilleur.enrich.victims import listed_victims, victim_mentions

EXPLAINER = (
    "Orvane ransomware: what you need to know\n"
    "Orvane is a ransomware group that appeared in 2021. "
    "Orvane's high profile targets have in the past included tech manufacturer Brelcon, NHS vendor "
    "Quillstead, IT giant Marrowgate, and German autoparts company Tessaro. The group sells access."
)


def test_a_described_list_of_targets_in_the_lead_is_read_whole() -> None:
    names = [(m.name, m.how) for m in victim_mentions(EXPLAINER)]
    assert names == [
        ("Brelcon", "victims"),
        ("Quillstead", "victims"),
        ("Marrowgate", "victims"),
        ("Tessaro", "victims"),
    ]


def test_a_described_list_past_the_lead_gives_body_candidates() -> None:
    filler = " ".join(f"Sentence {i} says nothing of note about the group today." for i in range(14))
    title = "Orvane ransomware: what you need to know"
    text = (
        f"{filler} Orvane's high profile targets have in the past included tech manufacturer Brelcon, "
        "NHS vendor Quillstead, IT giant Marrowgate, and German autoparts company Tessaro."
    )
    found = {c.name: c.features for c in candidates(title, text)}
    for name in ("Brelcon", "Quillstead", "Marrowgate", "Tessaro"):
        assert name in found, name
        assert {"list:victims", "at:body"} <= found[name]


def test_a_list_of_countries_or_an_unclosed_list_is_no_list_of_victims() -> None:
    countries = "Other targets of the group include Peru, the U.S., Canada, Finland, and Singapore."
    assert listed_victims(countries) == ["Peru"]  # the place itself is vetoed downstream
    # no closing "and": only the first name is read, as before
    assert listed_victims("Its targets included tech firm Brelcon, NHS vendor Quillstead.") == ["Brelcon"]
    # odd input: long runs of commas and capitals, no crash
    assert isinstance(listed_victims("victims include " + ", A vendor B" * 2000), list)
