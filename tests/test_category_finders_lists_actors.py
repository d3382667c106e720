"""Four shapes of headline and lead (GUIDE.md §4), fictional headlines and text:

- a machine that finds flaws as the headline's subject (an AI, a model, a fuzzer, a tool) is research
  and tools, not one product's flaw; people finding a flaw, or a flaw found in a machine, stay the flaw;
- ransomware the lead lists beside other kinds of attack, never named again, is the landscape the lead
  opens on, not the page's event; ransomware the lead tells as the attack stays the event;
- an actor named before the headline's flaw word makes the headline the actor's campaign (rule 3),
  whether or not the galaxies know the actor's state;
- data "accessed" told in the passive, and a skimmer planted on a site, are an information leak.
"""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

# What follows a lead: nothing of any kind of attack, as in a capture cut a few paragraphs in.
REST = (
    "The company said it would share more details with its customers over the coming weeks. "
    "A spokesperson declined to say how many people were affected or when the work began. "
) * 3


@pytest.mark.parametrize(
    "title",
    [
        "Examplesoft's AI bug hunters sniff out thirty flaws that people missed",
        "Open source LLM tool primed to find zero-days in Python code",
        "Startup claims its model is the first AI to spot a memory bug before release",
        "L'IA : trois mois de découvertes de vulnérabilités dans les logiciels libres",
    ],
)
def test_a_machine_finding_flaws_is_research(title: str) -> None:
    assert categorise(title, REST) == Category.RESEARCH_TOOLING


@pytest.mark.parametrize(
    "title",
    [
        "Researchers find critical flaw in Exampleware gateway",
        "Critical flaw found in Examplesoft AI assistant lets attackers read chats",
    ],
)
def test_people_finding_a_flaw_or_a_flaw_in_a_machine_stay_the_flaw(title: str) -> None:
    assert categorise(title, REST) == Category.VULNERABILITY


@pytest.mark.parametrize(
    "lead",
    [
        "Crooks seldom build their own tools. From ransomware to password stealers, kits of every kind "
        "are sold on the forums, and one of them now sells a card skimmer.",
        "Hundreds of cloud databases are exposing people's personal details, the researchers found. "
        "Such data is a gift to criminals, either for phishing or for extortionware/ransomware campaigns.",
    ],
)
def test_ransomware_listed_in_passing_is_no_event(lead: str) -> None:
    title = "A new kit turns up on an underground market"
    assert categorise(title, f"{lead} {REST}") != Category.RANSOMWARE


def test_ransomware_the_lead_tells_is_the_event() -> None:
    lead = (
        "Example Logistics confirmed that thieves stole customer records in the ransomware attack that "
        "hit the company in April. The firm said its systems are back."
    )
    assert categorise("Example Logistics confirms data breach", f"{lead} {REST}") == Category.RANSOMWARE


def test_ransomware_named_again_stays_the_event() -> None:
    lead = (
        "Example Logistics was hit by ransomware and data theft last week. The firm said its systems "
        "are back."
    )
    rest = "The ransomware encrypted its warehouse servers, the firm said. " + REST
    assert categorise("Example Logistics confirms data breach", f"{lead} {rest}") == Category.RANSOMWARE


def test_an_actor_exploiting_a_flaw_is_its_campaign() -> None:
    title = "NSO Group exploited a messaging app to install Pegasus spyware"
    assert categorise(title, REST) == Category.APT_ESPIONAGE


def test_a_flaw_exploited_by_an_actor_is_the_flaw() -> None:
    title = "Messaging app flaw exploited by NSO Group to install Pegasus spyware"
    assert categorise(title, REST) == Category.VULNERABILITY


@pytest.mark.parametrize(
    "title",
    [
        "Example Stores: 1.2M customers' data accessed when crooks broke into its cloud account",
        "Web skimmer found on a dozen shops, Example Outfitters among them",
    ],
)
def test_data_accessed_and_web_skimmers_are_leaks(title: str) -> None:
    # the passive of "accessed the data", and a skimmer planted on a shop's site
    assert categorise(title, REST) == Category.DATA_BREACH


def test_data_not_accessed_is_no_leak_word() -> None:
    lead = (
        "Example Telecom said it blocked attempts to break into its network and that no sensitive data "
        "was accessed. The attempts came from a partner's network."
    )
    assert categorise("Example Telecom detects attack attempts from a partner", f"{lead} {REST}") != (
        Category.DATA_BREACH
    )
