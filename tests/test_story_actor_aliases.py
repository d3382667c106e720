"""One actor is tracked by several vendors, each under its own name: two headlines naming it by two
vendors' names ("Emerald Sleet", "APT43"), neither of which the other article mentions, are two
vendors' reports of two operations; the outlets' reports of one of them (and a French post) stay
one story however they name the actor, as long as they name the report's own name. Features come
from the pipeline's own path (`enrich`, `features_for`, the multilingual model). All texts are
fictional; the actor names are the public threat-actor catalogue's."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.identity import aliases_apart
from veilleur.cluster.stories import Clusterer

SLEET = (
    "North Korea's Emerald Sleet tricks think-tank staff into running PowerShell as admin",
    "The North Korean group Emerald Sleet now asks its targets, experts of a fictional think tank, to "
    "paste a PowerShell command into an administrator console, Fictional Defender researchers said. "
    "The lure poses as a diplomat's invitation and installs a remote desktop tool.",
)
APT43 = (
    "North Korean APT43 hides its loader in cloud storage lures against South Korean firms",
    "Fictional Securix researchers tracked a campaign by APT43 against South Korean trading firms: "
    "shortcut files in archives fetch a loader from a cloud storage account, then a keylogger "
    "that uploads what it records every hour.",
)
APT43_FR = (
    "Le groupe nord-coréen APT43 cache son chargeur dans des leurres hébergés sur un stockage en ligne",
    "Les chercheurs de Fictional Securix ont suivi une campagne d'APT43 contre des sociétés de négoce "
    "sud-coréennes : des raccourcis cachés dans des archives téléchargent un chargeur depuis un compte "
    "de stockage en ligne, puis un enregistreur de frappe.",
)
# One report, told by two more outlets (one naming the actor by another vendor's name too) and a post.
SLEET_AGAIN = {
    "second": (
        "Emerald Sleet asks victims to run PowerShell themselves",
        "Fictional Defender says Emerald Sleet, the North Korean group also tracked as Kimsuky and "
        "APT43, persuades think-tank experts to run PowerShell as administrators after a fake "
        "diplomatic invitation, then installs remote desktop software.",
    ),
    "third": (
        "APT43 (Emerald Sleet) now has its targets paste PowerShell commands",
        "The group Fictional Defender calls Emerald Sleet sends think-tank staff a fake invitation and "
        "has them run a PowerShell command as administrators, installing a remote desktop tool.",
    ),
    "post": (
        "Emerald Sleet : des experts poussés à exécuter PowerShell en administrateur",
        "Selon Fictional Defender, le groupe nord-coréen Emerald Sleet persuade des experts d'un "
        "groupe de réflexion d'exécuter une commande PowerShell en administrateur, après une fausse "
        "invitation diplomatique, puis installe un outil de bureau à distance.",
    ),
}


def test_two_vendors_names_of_one_actor_stay_apart_in_english_and_french() -> None:
    for key, other in (("apt43", APT43), ("apt43-fr", APT43_FR)):
        sleet, report = _features([("sleet", DAY, SLEET, "one"), (key, DAY, other, "two")])
        assert sleet.actors == report.actors == {"kimsuky"}
        assert aliases_apart(report, sleet, frozenset({"kimsuky"}))
        score, signals = Clusterer().score(report, sleet, 0.6, 0.05)
        assert score == 0.0 and str(signals[-1]) == "same actor, other vendor's name", signals
        stories = _stories([("sleet", DAY, SLEET, "one"), (key, DAY + timedelta(days=1), other, "two")])
        assert stories[key] == key


def test_one_report_told_under_its_own_name_and_another_is_one_story() -> None:
    items = [("sleet", DAY, SLEET, "one")]
    items += [(k, DAY + timedelta(days=1), text, f"outlet-{k}") for k, text in SLEET_AGAIN.items()]
    features = _features(items)
    for one in features:
        for other in features:
            assert not aliases_apart(one, other, one.actors & other.actors), (one.id, other.id)
    assert set(_stories(items).values()) == {"sleet"}
