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
    scam scams arnaque arnaques spyware steal steals stealing vol cybercrime cybercriminal
    cybercriminalite
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
