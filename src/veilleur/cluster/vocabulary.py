"""Word lists (folded: lower case, no accents) and patterns the clusterer reads headlines with."""

from __future__ import annotations

import re

# Headline words of a theme, not of an event ("new malware campaign targets users", "nouvelle
# campagne de phishing"): two headlines sharing only these tell two stories of one theme.
THEME = set(
    """
    malware ransomware phishing hackers hacker exploit exploits exploited exploiting exploitation
    campaign campaigns campagne campagnes backdoor trojan botnet botnets zero-day 0-day critical
    critique critiques new nouvelle nouveau nouvelles nouveaux threat threats menace menaces breach
    breaches warns warning alerte target targets targeting cible ciblent ciblant packages paquets
    malicious malveillant malveillants malveillantes attacks attaques cybercriminals cybercriminels
    scam scams arnaque arnaques spyware steal steals stealing vol cybercrime cybercriminal
    cybercriminalite fraud frauds fraude fraudes fraudster fraudsters fraudeur fraudeurs betrug
    banking bancaire bancaires
    """.split()
)
# Headline words of a police or court action (arrest, charge, seizure, takedown, reward), in four
# languages, folded: the arrest weeks after an attack, or a takedown, is another event than an attack.
ENFORCEMENT = set(
    """
    arrest arrests arrested charged indicted indictment sentenced extradited extradition pleads guilty
    convicted seized seizes seize seizure takedown dismantled dismantles dismantle disrupts bounty
    reward sanctions sanctioned raid raids detained nabbed busted arrestation arrestations arrete
    arretes interpelle interpelles condamne condamnes demantele demantelement saisie inculpe extrade
    gearresteerd aangehouden opgepakt veroordeeld festgenommen verhaftet verurteilt beschlagnahmt
    """.split()
)
# Words that make a following police action (at most two words between) the background of the headline's
# event, not the event: "Chaos emerges after BlackSuit takedown", "botnet back since its seizure".
AFTERMATH = set("after following since amid post apres suite depuis sinds nach seit".split())
# Names of platforms, registries, big vendors and agencies that many unrelated stories name
# (folded, one word each): "ChatGPT", "GitHub", "PyPI", "Europol" shared by two articles say the
# same platform, not the same event — no backing for a join on closeness of meaning.
PLATFORMS = set(
    """
    chatgpt openai gpt gpt-4 gpt-4o gpt-5 gemini claude anthropic copilot grok xai llm llms deepseek
    perplexity mistral hugging huggingface github gitlab bitbucket npm pypi python package packages
    index registry docker maven nuget rubygems crates vscode visual studio extension extensions
    google microsoft apple amazon aws azure meta facebook instagram whatsapp telegram signal discord
    slack zoom teams outlook gmail office youtube tiktok twitter linkedin reddit wordpress android
    ios iphone windows linux macos chrome chromium firefox edge safari cloud store play app apps
    europol interpol eurojust fbi cisa nsa ncsc anssi bsi nca doj justice department police enisa
    cert-ua cert-fr cert polizei politie gendarmerie
    """.split()
)
# A coined name: a word with a capital or a digit inside it (GodRAT, PipeMagic, DCHSpy, Pay2Key,
# A6000, DDR5) — malware, flaws, products and operations are named so, ordinary words are not.
COINED = re.compile(
    r"(?<![\w-])(?=[\w-]*[A-Za-z])(?:[A-Za-z]+[a-z][A-Z][\w-]*|[A-Z]{2,}[a-z]+[\w-]*"
    r"|[A-Za-z]+\d[\w-]*|\d+[A-Za-z][\w-]*)(?![\w-])"
)
# ...but not an acronym's plural (URLs, GPUs), a version (v3), an amount (10M, 3rd), a CVE id or
# a kind of attack, exploit, server, device or protocol every outlet writes alike (DDoS, DoS, MitM,
# PoC, C2, SQLi, IoT, 2FA, 5G, P2P, E2EE, IPv6, x64, Win32, SHA256, RaaS, PhaaS): "PoC released
# for Control Web Panel flaw", "SystemBC ... 80 C2 servers" name no other subject.
NOT_COINED = re.compile(
    r"[A-Z]{2,}s|[vV]\d+(?:\.\d+)*|\d+(?:[kKmMbB]|st|nd|rd|th)?|CVE-.*|DD?oS|MitM|PoCs?|C2s?|SQLi|IoT|\d+FA"
    r"|\dG|P2P|B2[BC]|E2EE?|IPv[46]|x(?:86|64)|Win(?:32|64)|SHA-?\d+|MD5|AES-?\d+|[A-Z][a-z]?aaS"
)
# A police action named as what came before ("after BlackSuit takedown", "since its CEO's
# arrest"): the marker, at most two words, the action — no comma between ("After the attack,
# police arrest..." reports the arrest).
AFTERMATH_CLAUSE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(AFTERMATH))})\s+(?:[\w'’-]+\s+){{0,2}}?({'|'.join(sorted(ENFORCEMENT))})(?!\w)"
)
# A firm the headline names by its legal form ("Ransomware hits Gamma Corp", "Omega Ltd data
# breach"): in an attack's headline, the attacked firm (its word before the form: a Title Case
# headline's other words are not the firm's). Read when recognition found no victim, so
# that a missed victim does not let a template filled in for another firm join its story.
HEADLINE_FIRM = re.compile(
    r"\b[A-Z][\w&'’.-]*\s(?:Corp(?:oration)?|Inc|Ltd|Limited|LLC|plc|PLC|GmbH|AG|S\.?A|N\.?V|B\.?V)\b"
)
