"""The same page gives the same record whatever the process's string hash seed (PYTHONHASHSEED):
a daily job nobody watches must be reproducible. Each check runs the recognition in fresh
processes under several seeds (the seeds chosen are ones under which the old code disagreed) and
compares what they print."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import veilleur
from veilleur.enrich.iocs import find_indicators
from veilleur.enrich.threat_order import attributed_first
from veilleur.models import Named

SRC = Path(veilleur.__file__).resolve().parents[1]
SEEDS = ("0", "1")

# An indicators section listing plain URLs (no defanging): ioc-finder found them in an order that
# followed the seed (it drops repeats through a set).
IOC_PAGE = """A phishing wave hit the fictional Valbrune region this week.

Indicators of compromise

https://login-valbrune-bank.example-pay.com/session
http://cdn-update.fake-mirror.net/get/update.exe
https://docs-share.invoice-portal.org/view?id=7
https://mail-verify.account-check.info/confirm
http://parcel-track.delivery-notice.biz/track/55
"""

# An actor named by its alias once, in the attack's own sentence, then compared to under its name
# more times than the mentions read: which name was read first (a set's order) decided whether it
# was the page's actor or one cited for comparison.
ACTOR_PAGE = "Bluejay Team claimed the attack on the harbour of Valbrune. " + (
    "Its ransom note reads similar to Kestrel. " * 25
)

# A page naming several CVE ids and victims: the clusterer looks its candidates up by these keys
# in turn until it has enough, in a set's order before.
KEYS_PAGE = """
page = Features(
    id="a", day=date(2026, 11, 30), title="Valbrune Harbour and Kestrel Bank hit as Acme patches four flaws",
    cves=frozenset({"CVE-2026-1001", "CVE-2026-1002", "CVE-2026-1003", "CVE-2026-1004"}),
    names=frozenset(), title_words=frozenset(),
    minhash=np.zeros(4, dtype=np.uint64), embedding=np.zeros(4, dtype=np.float32),
    victims=frozenset({"valbrune", "harbour", "kestrel", "bank"}),
)
"""

# One process per seed prints the three records, a line each (starting the recognition is the
# slow part).
PROGRAM = f"""
from datetime import date
import numpy as np
from veilleur.cluster.agreement import lookup_keys
from veilleur.cluster.features import Features
from veilleur.enrich.iocs import find_indicators
from veilleur.enrich.threat_order import attributed_first
from veilleur.models import Named
print([(i.kind, i.value) for i in find_indicators({IOC_PAGE!r}, ["https://news.example.org/a"])])
actors = [Named(name="Kestrel", canonical="Kestrel", aliases=["Bluejay Team"]), Named(name="Heron", canonical="Heron")]
print([a.name for a in attributed_first(actors, "Heron was named too. " + {ACTOR_PAGE!r})])
{KEYS_PAGE}
print(lookup_keys(page))
"""


def _under_seeds() -> list[list[str]]:
    """Per seed, the lines PROGRAM prints."""
    outputs = []
    for seed in SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
        done = subprocess.run(
            [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, check=True, timeout=300
        )
        outputs.append(done.stdout.splitlines())
    return outputs


def test_indicators_actors_and_lookup_keys_are_the_same_whatever_the_hash_seed() -> None:
    first, *others = _under_seeds()
    assert len(first) == 3
    for other in others:
        assert other[0] == first[0]  # indicators
        assert other[1] == first[1]  # actors, the attributed one first
        assert other[2] == first[2]  # the clusterer's lookup keys


def test_urls_of_an_indicators_section_come_in_the_order_the_page_lists_them() -> None:
    urls = [i.value for i in find_indicators(IOC_PAGE, ["https://news.example.org/a"]) if i.kind == "url"]
    assert urls == [
        "https://login-valbrune-bank.example-pay.com/session",
        "http://cdn-update.fake-mirror.net/get/update.exe",
        "https://docs-share.invoice-portal.org/view?id=7",
        "https://mail-verify.account-check.info/confirm",
        "http://parcel-track.delivery-notice.biz/track/55",
    ]


def test_an_actor_is_judged_on_its_first_mentions_in_the_text_whichever_name_they_use() -> None:
    # The alias's first mention attributes the attack: the actor comes first, not last.
    actors = [
        Named(name="Kestrel", canonical="Kestrel", aliases=["Bluejay Team"]),
        Named(name="Heron", canonical="Heron"),
    ]
    ordered = attributed_first(actors, "Heron was named too. " + ACTOR_PAGE)
    assert [a.name for a in ordered] == ["Kestrel", "Heron"]
