"""Word lists the clusterer reads headlines with (folded: lower case, no accents)."""

from __future__ import annotations

# Headline words of a theme, not of an event ("new malware campaign targets users", "nouvelle
# campagne de phishing"): two headlines sharing only these tell two stories of one theme.
THEME = set(
    """
    malware ransomware phishing hackers hacker exploit exploits exploited exploiting exploitation
    campaign campaigns campagne campagnes backdoor trojan botnet botnets zero-day 0-day critical
    critique critiques new nouvelle nouveau nouvelles nouveaux threat threats menace menaces breach
    breaches warns warning alerte target targets targeting cible ciblent ciblant packages paquets
    malicious malveillant malveillants malveillantes attacks attaques cybercriminals cybercriminels
    scam scams arnaque arnaques spyware steal steals stealing vol
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
