"""A conference's wrap-up is a roundup (the guide: `other`), and a fire, flood or power failure
that takes services offline is an outage with no attack (`other`), whatever the government or police
words of its first lines."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.enrich.roundups import is_roundup

WRAP_TEXT = (
    "Another edition of the Fictional Defenders Summit has come and gone, with thousands of "
    "attendees crowding the halls of the Lakeside Convention Centre. Police arrested a man who "
    "tried to sneak into the keynote, and the usual themes came up in every talk we sat in on: "
    "machine learning everywhere, the state of the job market and what boards want to hear."
)
FIRE_TEXT = (
    "Over 300 online services run by the Republic of Fictonia's government are offline after a "
    "fire broke out on Friday night at a datacenter operated by the national information agency. "
    "Technicians replacing a battery sparked the blaze, officials said, and the government's email "
    "was also taken out. Ministers posted phone numbers citizens can call instead."
)


def test_a_conference_wrap_is_a_roundup() -> None:
    assert is_roundup("Summit wrap: machine learning and jobs on everyone's lips")
    assert categorise("Summit wrap: machine learning and jobs on everyone's lips", WRAP_TEXT) == "other"


def test_a_fire_that_takes_services_offline_is_an_outage() -> None:
    title = "Datacenter fire takes 300 Fictonian government services offline"
    assert categorise(title, FIRE_TEXT) == "other"


def test_a_wrap_as_a_verb_and_an_attack_that_takes_services_down_keep_their_kind() -> None:
    assert not is_roundup("Police wrap up a fictional DDoS-for-hire service")
    title = "Ransomware attack takes 300 Fictonian government services offline"
    assert categorise(title, FIRE_TEXT) == "ransomware"
