"""French impacts written with an infinitive or another past participle (the seed
`002_adc01891abe41631.txt`, a hospital's cyberattack): "a dû suspendre ses activités
informatiques et annuler les interventions chirurgicales prévues", "a désactivé tous ses
serveurs" are impacts as "annulées", "suspendues" and "coupés" were; advice is still none."""

from __future__ import annotations

from veilleur.enrich.impacts import find_impacts

# Our own sentences around the seed's two shapes (the seed's text stays in ../shared).
TEXT = (
    "La clinique de Valmont, en Belgique, a dû suspendre ses activités informatiques et annuler les "
    "interventions chirurgicales de la semaine après une cyberattaque. La clinique a désactivé tous "
    "ses serveurs par précaution, la nuit même de l'attaque."
)


def test_infinitives_and_deactivated_servers_are_impacts() -> None:
    kinds = {impact.kind: impact.sentence for impact in find_impacts(TEXT)}
    assert set(kinds) == {"surgeries_cancelled", "services_disrupted", "systems_shut_down"}
    assert kinds["systems_shut_down"].startswith("La clinique a désactivé tous ses serveurs")


def test_advice_to_suspend_or_cancel_is_no_impact() -> None:
    advice = (
        "L'agence recommande de suspendre les services exposés, de désactiver les serveurs "
        "vulnérables et d'annuler les opérations non urgentes en cas d'attaque."
    )
    assert find_impacts(advice) == []


def test_the_attack_facts_name_what_was_stopped() -> None:
    from veilleur.enrich.facts import attack_facts

    facts = attack_facts("Cyberattaque à la clinique de Valmont", TEXT)
    assert facts is not None
    values = [fact.value for fact in facts.stopped]
    assert any("annuler les interventions" in value for value in values)
    assert "désactivé tous ses serveurs" in values
