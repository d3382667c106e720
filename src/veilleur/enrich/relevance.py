"""Is the article's main subject cybersecurity? A weighted multilingual (FR, EN, NL, DE) lexicon.

The score saturates with evidence: a single passing mention of "password" in a sports story
stays low, a story built around an attack, a flaw or a breach scores near 1. Title terms count
double because a headline states the main subject.
"""

from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

from veilleur.enrich.relevance_denials import without_denied_flaws
from veilleur.enrich.relevance_regulators import (
    LEAD_CHARS,
    breach_sanctioned,
    market_fraud_charges,
    regulator_of_breach,
)
from veilleur.enrich.relevance_short import passing_bound
from veilleur.enrich.relevance_terms import OFF as _OFF
from veilleur.enrich.relevance_terms import OFF_HEADLINE as _OFF_HEADLINE
from veilleur.enrich.relevance_terms import TERMS as _TERMS
from veilleur.enrich.relevance_terms import evidence as evidence
from veilleur.enrich.relevance_terms import off_topic as _off_topic
from veilleur.enrich.relevance_terms import strongest as strongest
from veilleur.enrich.threat_mentions import threat_mentions
from veilleur.enrich.topic import security_log_odds
from veilleur.text.prefilter import screened

THREAT_NAME_WEIGHT = 3.0
# Evidence at which the score reaches 1 - 1/e ≈ 0.63; calibrated so that one strong term in the
# title plus one in the text passes the default 0.5 threshold, and a lone weak term does not.
SCALE = 7.0


def _without_off_topic(text: str) -> str:
    """The text without its off-topic terms: "mass surveillance laws" says surveillance as part of an
    off-topic subject, not as a security one."""
    for pattern, _ in (*_OFF, *_OFF_HEADLINE):
        text = pattern.sub(" ", text)
    return text


# The topic model (topic.py): log-odds from which it vouches for a page, the score it then gives,
# and the words of text it needs (menus-only captures have fewer).
TOPIC_LOG_ODDS = 4.0
TOPIC_SCORE = 0.5
TOPIC_MIN_WORDS = 20
# The log-odds from which the model vouches for a page it knows by its headline (and address) only:
# on the labelled title-only pages, security headlines the lexicon misses score 1.5-9, other subjects
# at most 1.7 (promotional pages, caught apart, up to 3.8).
HEADLINE_LOG_ODDS = 2.0
# A headline that states an off-topic subject (a privacy law, age verification, a data broker's trade)
# in more words than it states a security one outside that subject's own words, and names no threat,
# says what the page is about: the text's security vocabulary does not make it security news
# (GUIDE.md §3: the main subject decides).
OFF_TOPIC_HEADLINE_SCORE = 0.1
# Below this many words of text the page gave little more than its headline (menus-only pages,
# title-and-subtitle captures): the headline is then most of the evidence there is.
SHORT_TEXT_WORDS = 80
# A page of another subject that borrows security words in passing (an ERP how-to's "authentication"
# and "patch", a billing guide's "charged", a lawsuit over an app store): the topic model, sure it is
# another subject, decides when the headline states no security subject and names no threat. Only
# English pages: the model's other languages are too thin to be that sure (an Italian regulation post
# reads as strongly negative).
TOPIC_OFF_LOG_ODDS = -60.0
TOPIC_OFF_SCORE = 0.1
TOPIC_OFF_LANGS = ("en", "")
# A headline whose only security words are the weak context ones (security, password,
# authentication, encryption: weight 1.0) states no security subject either: an ERP's "Password
# reset cross-client", "BW Security: migrating the roles" are product how-tos the model is sure of.
WEAK_HEADLINE = 1.0
# Surer still, the model rules out a page whose headline's security words are middling ones — a
# "leak", a "fraud", an "arrest", a "takedown", an "extradition" (MIDDLING_HEADLINE at most) — and
# that names no threat: a film's script leaked before release, a pirate site's operator arrested or
# extradited, a streaming service's password sharing called fraud are piracy's and copyright's
# subjects (GUIDE.md §3), which the model reads in every other word. A flaw, an exploit, malware or
# phishing in the headline (2.5 and more) is never ruled out so. On the unlabelled news-dev pages
# this puts out 16 (15 piracy and copyright stories, an ERP how-to on privacy by design); no
# development page is that sure and published; at -60 it would also put out a researcher's
# "security hole" in a streaming service and a suit against scammers.
SURE_TOPIC_OFF_LOG_ODDS = -90.0
MIDDLING_HEADLINE = 2.0
# A page whose headline holds no security word at all and whose text's only security words are those
# weak context ones (a setup guide's "enter the technical user's password", a rights group's memo on
# "security"), which the topic model reads as another subject, is that subject's page: the weak words
# are its own. Less sure than TOPIC_OFF_LOG_ODDS, so only when nothing stronger is said anywhere. On
# the 8,177 unlabelled news-dev pages this puts out 11 (6 ERP how-tos, 3 rights-group organisation
# pages, a lawsuit over social media and a podcast on library records) and no development page moves.
WEAK_TEXT_LOG_ODDS = -20.0
# The same when the text's security words, whatever their weight, are passing mentions: at most
# this much evidence (a lone "charged" and "security", an "arrested" and a "leaked" in a rights
# group's court brief or anniversary letter, a regulation paper's "exploit"). On the unlabelled
# news-dev pages this puts out 23 (14 digital-rights pages, 5 privacy columns and podcasts, 3 ERP
# and Java how-tos, a harassment suit) and no labelled security page; at 6 it would also put out
# two (a TikTok ban's injunction, the end of a Windows version's security updates). This passing-mention
# test holds in every language (an ERP how-to's "firewall" in Spanish, a coding guide's two "Bugs" in
# German): there the lexicon decides and the model, thin outside English and negative on such pages,
# only confirms; the weak-words-only test stays English (an Italian regulation post's "sicurezza").
# On the unlabelled news-dev pages this puts out 11 more (4 SAP pages in Spanish, German and
# Portuguese, 7 Italian posts on privacy rulings, schools, a seminar and company law) and train's
# "ISO Survey 2023"; no labelled security page.
THIN_TEXT_EVIDENCE = 4.0
# An attack the lead says someone carried out or served (a registrar "a draw for spammers and phishers",
# a site sued "for alleged hacking") makes the page security news whatever the rest of its words: the
# topic model, which reads them all, does not rule it out (GUIDE.md §13: civil suits against those said
# to hack or to serve phishers are relevant). Not flaws and patches: an ERP patching how-to names them;
# nor the law's breaches ("sued Apple for breach of contract" over an app's removal).
_ATTACK_IN_LEAD = screened(
    r"(?<!\w)(?:hack(?:ing|ed|ers?)|phish\w*|breach(?:es|ed)?(?! of (?:contract|duty|trust|fiduciary|warranty))|stole|stolen|"
    # ("steal", "stealing", "stealers": not "stealth", a bomber's or a piracy app's)
    r"steal(?:s|ing|ers?)?|malware|ransomware|"
    r"cyber-?attacks?|cyber-?criminals?)(?!\w)",
    re.I,
)


# A roundup's teaser of its other items, opening the text as its standfirst ("PLUS: Salt Typhoon
# sanctioned; a rocket soars; and more", "Also, a red team tool …, and more"): the page's subject is
# its headline item, which the text then tells; the teaser's words are other items' (a general tech
# roundup led by a paper on food-delivery apps is not security news because its teaser names a
# sanctioned APT). A security roundup's headline item states its own security subject.
_TEASER = re.compile(r"\A\W{0,3}(?:plus|also)\s?[:,]\s[^\n]*(?:;|\band more\b)[^\n]*\n+", re.I)


# A security roundup's own label opening its text ("Infosec in brief Google has announced…"): the
# headline is its first item's, and a roundup is security news whatever that item's subject (GUIDE.md
# §3: a roundup is relevant), so an off-topic headline does not put it out.
_SECURITY_ROUNDUP = re.compile(r"\W{0,3}(?:infosec in brief|security in brief|week in security)\b", re.I)


def _without_teaser(text: str) -> str:
    """The text without a roundup's opening teaser of its other items (unchanged without one)."""
    return _TEASER.sub("", text, count=1)


# Privacy as the headline's whole subject ("Consumer privacy and social media", "You Really Do Have
# Some Expectation of Privacy in Public", "Privacy: sanzionato il backup delle e-mail"), the headline
# naming no security word at all: a privacy-only topic, which stays out even on a security outlet
# (GUIDE.md §3 and §13), whatever security words its text borrows ("a breach", "personal data") —
# unless its lead tells an attack, a flaw or data left exposed ("Fore-get about privacy, golf tech biz
# leaves 32M data records on the fairway" opens on records "left exposed to the internet"), or its
# text names security as a security story does (more than PRIVACY_TEXT_EVIDENCE: encryption
# backdoors argued at length under "… at the expense of our data privacy"). On the unlabelled
# news-dev pages this puts out 7 (a privacy lawsuit, a regulator's suspension, a privacy-focused
# chatbot and mail aliases, a ruling on privacy in public, an Italian privacy fine, an essay on AI
# agents' privacy).
PRIVACY_TEXT_EVIDENCE = 12.0
_PRIVACY_HEADLINE = screened(
    r"(?<!\w)(?:privacy|vie privée|confidentialité des données|datenschutz\w*|privésfeer|riservatezza)(?!\w)",
    re.I,
)
_FLAW_OR_EXPOSURE = screened(
    r"(?<!\w)(?:expos(?:ed|es|ing|ure)|leak\w*|unprotected|unsecured|left open|publicly accessible|"
    r"misconfigur\w*|exploit\w*|attack\w*|vulnerab\w*|flaws?|bugs?|spyware|stalkerware|"
    r"fuite\w*|exposée?s?|faille\w*|piraté\w*|gehackt|datenleck\w*|lek(?:ken)?|datalek\w*)(?!\w)",
    re.I,
)


def _privacy_subject(title: str, text: str, text_evidence: float) -> bool:
    """Whether the headline states privacy as its only subject, the lead tells no attack or exposure
    and the text's security words (`text_evidence`) are no more than a privacy story borrows."""
    lead = text[:LEAD_CHARS]
    return bool(
        _PRIVACY_HEADLINE.search(title)
        and not strongest(title)
        and text_evidence <= PRIVACY_TEXT_EVIDENCE
        and not _ATTACK_IN_LEAD.search(lead)
        and not _FLAW_OR_EXPOSURE.search(lead)
    )


def _weak_words_only(text: str) -> bool:
    """Whether every lexicon term the text holds is a weak context word (WEAK_HEADLINE at most)."""
    return all(weight <= WEAK_HEADLINE for pattern, weight in _TERMS if pattern.search(text))


def _passing_mentions(text: str, text_evidence: float, english: bool) -> bool:
    """Whether the text's security words are passing mentions (THIN_TEXT_EVIDENCE at most, or only
    weak ones in English); in another language none but weak ones in the lead, which states the
    subject ("Ein Leser fragt, wie man eine bösartige Datei zerlegt" is the diary's subject)."""
    if english:
        return text_evidence <= THIN_TEXT_EVIDENCE or _weak_words_only(text)
    return text_evidence <= THIN_TEXT_EVIDENCE and _weak_words_only(text[:LEAD_CHARS])


# Surer still that the page is another subject (SURE_PASSING_LOG_ODDS), the topic model rules out an
# English page whose security words stay a handful of passing mentions (FEW_MENTIONS_EVIDENCE: a
# rights group's year in review borrowing "cybersecurity" and "hacker", a lawsuit over children's
# apps that says "exploitation", a regulator's fine that says "personal data", an essay on AI in
# government) when its headline says no security word, names no threat, and its text names no
# security event (no word of EVENT_WEIGHT: ransomware, malware, a vulnerability, a breach, phishing,
# a cyberattack, a DDoS), its lead tells no attack (_ATTACK_IN_LEAD) and it states no security
# subject of policy or patching (_SECURITY_SUBJECT: an app banned as a national-security risk, a
# system's last security updates). GUIDE.md §3: digital-rights, privacy and other subjects stay out
# even on security outlets. The model's other languages are too thin to be that sure.
# On the 7,877 unlabelled news-dev pages this puts out 8 published pages (a rights group's annual
# report, alliance and lawsuit news, children's-safety suits, a children's-privacy fine, two essays
# on AI and democracy, an ERP monitoring how-to) and no development page moves. Security pages sit
# close: a SANS diary on macOS network connections at -31, an essay on secure-coding education at
# -32; at -33 four more rights and privacy pages went out, and a labelled security page with them.
SURE_PASSING_LOG_ODDS = -40.0
FEW_MENTIONS_EVIDENCE = 8.0
EVENT_WEIGHT = 3.0
_SECURITY_SUBJECT = screened(
    r"(?<!\w)(?:national[- ]security|security (?:risks?|threats?|updates?|patch\w*|flaws?|holes?|bugs?)|"
    r"patch(?:es|ed)?|sécurité nationale|nationale (?:sicherheit|veiligheid)|sicherheitsupdates?|"
    r"mises? à jour de sécurité|beveiligingsupdates?)(?!\w)",
    re.I,
)


def _few_passing_mentions(text: str, text_evidence: float) -> bool:
    """Whether the text's security words are a few passing mentions (FEW_MENTIONS_EVIDENCE at most),
    none of them a security event's, and neither its lead nor its body states a security subject."""
    return (
        text_evidence <= FEW_MENTIONS_EVIDENCE
        and not _ATTACK_IN_LEAD.search(text[:LEAD_CHARS])
        and not _SECURITY_SUBJECT.search(text)
        and all(weight < EVENT_WEIGHT for pattern, weight in _TERMS if pattern.search(text))
    )


# "Threat" in its everyday sense ("a credible threat to a covered facility", "a major threat to
# journalists", an "Emerging Threats Act" about drones), not a security compound ("threat actor",
# "threat intelligence", "threat hunting"): when it is the only word of the text above the weak context
# ones, on an English page whose headline states no security subject beyond those weak words
# ("Surveillance") and that the topic model reads as another subject (WEAK_TEXT_LOG_ODDS), the
# page's subject is that other one (a digital-rights brief on drone law, GUIDE.md §3).
_EVERYDAY_THREAT = screened(
    r"(?<!\w)threat(?!\w)(?![ -](?:actors?|intel\w*|hunt\w*|landscape|model\w*|detection|vectors?))", re.I
)


def _everyday_threat_only(title: str, text: str) -> bool:
    """Whether the text's only security word above the weak ones is an everyday "threat" and the
    headline's are weak ones at most."""
    return bool(
        strongest(title) <= WEAK_HEADLINE
        and _EVERYDAY_THREAT.search(text)
        and _weak_words_only(_EVERYDAY_THREAT.sub(" ", text))
    )


# "Surveillance" as the headline's only security word ("Surveillance Via Smart Toothbrush", "Public
# Surveillance of Bars", "Surveillance in the US" on police and ICE, "Worker surveillance
# must comply with credit reporting rules"): the watching of people by states, police, employers and
# the market is the rights groups' and privacy's subject (GUIDE.md §3), unless the page tells a
# security one. It does when its text says security beyond passing mentions (SURVEILLANCE_TEXT_EVIDENCE),
# when the topic model reads it as security (a hidden tracker in an app, cameras hacked in a war: positive
# log-odds), when its lead tells an attack or names the cybercrime law it is about (a "UN Surveillance
# Treaty" that the text calls the UN Cybercrime Treaty: cyber-security policy), or when the headline
# names a threat or a stronger word ("surveillance spyware", "surveillanceware firms", "leaked
# surveillance tools"). English only: in French "surveillance" is also the defenders' monitoring
# ("surveillance des menaces"). On the 7,877 unlabelled news-dev pages this puts out 16 (police
# surveillance maps and reviews, a TV, a car-to-car and a bar surveillance note, state surveillance in
# Venezuela, worker surveillance, EFF's review of its self-defence guide); no development page moves.
SURVEILLANCE_TEXT_EVIDENCE = 6.0
_SURVEILLANCE = screened(r"(?<!\w)surveil\w*", re.I)
_CYBERCRIME = screened(r"(?<!\w)cyber[- ]?crimes?(?!\w)", re.I)


def _surveillance_subject(title: str, text: str, text_evidence: float) -> bool:
    """Whether the headline's only security word is surveillance and the page tells no security
    subject of its own (see SURVEILLANCE_TEXT_EVIDENCE)."""
    return bool(
        _SURVEILLANCE.search(title)
        and strongest(title) <= WEAK_HEADLINE
        and text_evidence <= SURVEILLANCE_TEXT_EVIDENCE
        and security_log_odds(title, text) < 0
        and not _ATTACK_IN_LEAD.search(text[:LEAD_CHARS])
        and not _CYBERCRIME.search(text[:LEAD_CHARS])
    )


def _sure_of_another_subject(title: str, text: str) -> bool:
    """Whether the topic model is sure enough of another subject for the headline's strongest
    security word: a weak one at TOPIC_OFF_LOG_ODDS, a middling one at SURE_TOPIC_OFF_LOG_ODDS (a
    stronger one, never: the model is not read)."""
    headline = strongest(title)
    if headline > MIDDLING_HEADLINE:
        return False
    bound = TOPIC_OFF_LOG_ODDS if headline <= WEAK_HEADLINE else SURE_TOPIC_OFF_LOG_ODDS
    return security_log_odds(title, text) <= bound


def _slug_words(url: str) -> str:
    """The words of the address's last path segment ("progress-software-loadmaster-flaws")."""
    segments = [p.rsplit(".", 1)[0] for p in urlsplit(url).path.split("/") if "-" in p or "_" in p]
    return " ".join(re.split(r"[-_]+", segments[-1])) if segments else ""


def relevance_score(title: str, text: str, url: str = "", lang: str = "") -> float:
    """0..1: how much the article is about cybersecurity. `url` is read only when the page gave
    almost no text: its slug then stands in for a headline the capture lost. `lang` (ISO 639-1, ""
    when unknown) says whether the topic model may rule a page out (TOPIC_OFF_LANGS; in another language
    only a text of passing mentions is ruled out, THIN_TEXT_EVIDENCE)."""
    text = without_denied_flaws(_without_teaser(text))
    words = max(len(text.split()), 1)
    title_weight = 4 if words < SHORT_TEXT_WORDS else 2
    title, text = regulator_of_breach(title, text)
    headline, off_headline = evidence(title, headline=True), _off_topic(title, headline=True)
    text_evidence = evidence(text)
    raw = title_weight * headline + text_evidence - 2 * off_headline - _off_topic(text)
    # A threat actor or malware family the galaxies know, named in the headline ("Pro-Russia group
    # Killnet targets Germany"), is the subject: as strong as a threat word.
    # A data-protection authority's sanction over a breach is a breach story, however few security
    # words it uses ("reprimanded" over a group email that exposed patients' addresses): as strong as a
    # threat's name (GUIDE.md §3); a market regulator's fraud charges telling no attack are not.
    named = min(len(threat_mentions(title)), 2) + breach_sanctioned(title, text)
    raw += title_weight * THREAT_NAME_WEIGHT * named
    if not named and market_fraud_charges(title, text):
        return TOPIC_OFF_SCORE
    if (
        off_headline
        and not named
        and not _SECURITY_ROUNDUP.match(text)
        and off_headline > evidence(_without_off_topic(title), headline=True)
    ):
        return OFF_TOPIC_HEADLINE_SCORE
    if not named and _privacy_subject(title, text, text_evidence):
        return OFF_TOPIC_HEADLINE_SCORE
    if (
        not named
        and lang[:2].casefold() in TOPIC_OFF_LANGS
        and words >= TOPIC_MIN_WORDS
        and _sure_of_another_subject(title, text)
        and not (_ATTACK_IN_LEAD.search(text[:LEAD_CHARS]) and not _off_topic(text[:LEAD_CHARS]))
    ):
        return TOPIC_OFF_SCORE
    if (
        not named
        and words >= TOPIC_MIN_WORDS
        and not strongest(title)
        and security_log_odds(title, text) <= WEAK_TEXT_LOG_ODDS
        and _passing_mentions(text, text_evidence, lang[:2].casefold() in TOPIC_OFF_LANGS)
    ):
        return TOPIC_OFF_SCORE
    if (
        not named
        and lang[:2].casefold() in TOPIC_OFF_LANGS
        and words >= TOPIC_MIN_WORDS
        and not strongest(title)
        and security_log_odds(title, text) <= passing_bound(words, SURE_PASSING_LOG_ODDS, text)
        and _few_passing_mentions(text, text_evidence)
    ):
        return TOPIC_OFF_SCORE
    if (
        not named
        and lang[:2].casefold() in TOPIC_OFF_LANGS
        and words >= TOPIC_MIN_WORDS
        and _everyday_threat_only(title, text)
        and security_log_odds(title, text) <= WEAK_TEXT_LOG_ODDS
    ):
        return TOPIC_OFF_SCORE
    english = lang[:2].casefold() in TOPIC_OFF_LANGS
    if not named and english and _surveillance_subject(title, text, text_evidence):
        return OFF_TOPIC_HEADLINE_SCORE
    if words < SHORT_TEXT_WORDS and url:
        raw += 2 * evidence(_slug_words(url))
    # Long articles accumulate incidental mentions: scale evidence down past 600 words.
    raw /= max(1.0, math.sqrt(words / 600))
    lexicon = 1 - math.exp(-max(raw, 0.0) / SCALE)
    # Pages that say security in words the lexicon does not know (a diary on a scan, a Kremlin
    # iPhone ban): our topic model, confident, lifts them to the publication level. Menus-only
    # captures (under TOPIC_MIN_WORDS words) are not lifted: the model would read the menus.
    # A page whose headline states an off-topic subject (a podcast on AI, a privacy law, a book) is
    # not lifted either: the model reads its security vocabulary, the headline says what it is about.
    if (
        lexicon < TOPIC_SCORE
        and words >= TOPIC_MIN_WORDS
        and not off_headline
        and security_log_odds(title, text) >= TOPIC_LOG_ODDS
    ):
        return TOPIC_SCORE
    # A capture that kept only its headline (title-only and menus-only pages): the model reads the
    # headline and the address's words, not the menus, and vouches for the subject they state
    # ("Iran-linked actors target critical infrastructure organizations", "WormGPT … BEC attacks").
    if (
        lexicon < TOPIC_SCORE
        and words < TOPIC_MIN_WORDS
        and not off_headline
        and security_log_odds(f"{title} {_slug_words(url)}", "") >= HEADLINE_LOG_ODDS
    ):
        return TOPIC_SCORE
    return round(lexicon, 3)
