"""Makers listed after a kind of product an attack targets ("targeting several brands of routers,
including X, Y and Z") are vendors of what was hit, not victims (GUIDE.md §5); organisations listed
after an attack's targets stay tied to it."""

from __future__ import annotations

from veilleur.enrich.victim_relations import relation_features


def _relations(sentence: str, name: str) -> set[str]:
    start = sentence.find(name)
    return relation_features(sentence, start, start + len(name))


def test_makers_listed_after_a_kind_of_product_are_not_hit() -> None:
    sentence = (
        "The botnet has been seen targeting several brands of office routers and VPN appliances, "
        "including Quellnet, Varsk and Omlink."
    )
    for name in ("Quellnet", "Varsk", "Omlink"):
        assert "rel:object" not in _relations(sentence, name)


def test_organisations_listed_after_an_attack_stay_hit() -> None:
    sentence = "The crew has hit a dozen firms this year, including Brelford Foods and Kestrel Media."
    assert "rel:object" in _relations(sentence, "Kestrel Media")
