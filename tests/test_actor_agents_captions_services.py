"""Actors: who brings a case is no defendant, a case's caption names one, a platform's group is no
gang, the victim's attackers are no group named after it, a crime service's quoted name is a name.
All text is fictional."""

from __future__ import annotations

from veilleur.enrich.actors import attackers_of_victims, find_threats
from veilleur.enrich.people import people_charged
from veilleur.models import Named


def _people(title: str, text: str) -> list[str]:
    return [p.name for p in people_charged(title, text, "en", set())]


def test_the_agent_of_an_active_justice_verb_is_not_charged() -> None:
    # "Uncle Sam indicts …": the name before an active "indicts" brings the case.
    found = _people(
        "Uncle Sam indicts alleged botnet boss from Ruritania",
        "A Ruritanian national faces federal charges and a $5 million bounty after allegedly running the botnet.",
    )
    assert "Uncle Sam" not in found


def test_who_puts_a_bounty_on_someone_is_not_charged() -> None:
    # "Uncle Sam puts $10M bounty on …": the name before "puts … bounty" offers the reward.
    found = _people(
        "Uncle Sam puts $10M bounty on Ruritanian botnet crew",
        "The crew's leader was charged in absentia. Uncle Sam offers a reward for information.",
    )
    assert "Uncle Sam" not in found


def test_the_passive_and_intransitive_forms_still_name_the_accused() -> None:
    found = _people(
        "Hacker charged", "Jonas Merrow charges clients for access. Jonas Merrow was charged on Monday."
    )
    assert found == ["Jonas Merrow"]


def test_a_criminal_case_caption_names_its_defendant() -> None:
    text = (
        "Episode links: Former consultant arrested for extortion scheme against a bakery. "
        "United States v. Jonas Merrow (PDF) – US Department of Justice."
    )
    assert _people("Podcast #12: a consultant's extortion racket", text) == ["Jonas Merrow"]
    assert _people("Podcast #12", "Episode links: USA vs Jonas Merrow (PDF).") == ["Jonas Merrow"]


def test_a_platforms_group_is_no_gang() -> None:
    actors, _ = find_threats(
        "Fake recruiter profiles are spreading. A swarm of bot accounts was flagged by a LinkedIn group "
        "administrator last week."
    )
    assert actors == []


def test_the_victims_attackers_are_no_group_named_after_it() -> None:
    text = (
        "Acme Hosting said intruders stole source code. The manager spoke on the phone with one of the "
        "Acme Hosting hackers."
    )
    acme, other = (
        Named(name="Acme Hosting", canonical="Acme Hosting"),
        Named(name="Zorvex", canonical="Zorvex"),
    )
    assert attackers_of_victims([acme, other], ["Acme Hosting"], text) == [other]
    # not a victim of the page, or no attackers' word after it: kept
    assert attackers_of_victims([acme], [], text) == [acme]
    assert attackers_of_victims([acme], ["Acme Hosting"], "Acme Hosting said intruders stole code.") == [acme]


def test_a_crime_services_quoted_name_is_a_name_even_a_word() -> None:
    actors, _ = find_threats(
        "Fraud Service ‘Heron’ Shut Down\nThe Heron platform sold phishing pages to scammers."
    )
    assert [a.name for a in actors] == ["Heron"]
    assert find_threats("A heron is a bird. Heron stood in the river.") == ([], [])
