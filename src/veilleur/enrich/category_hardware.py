"""An attack on hardware through a physical or micro-architectural side channel (timing, power,
electromagnetic leaks, Rowhammer bit flips, Spectre-like speculation), told against a named product:
the guide (bench/data/intel/GUIDE.md §4) files an academic attack against a specific product's flaw as
`vulnerability` ("YubiKey side-channel attack", "Spectre persists in the latest AMD and Intel
processors"), and one told of a class of devices ("side-channel attacks can steal keys from phones")
as research, the technique. The words alone read as a technique (category_shapes.POTENTIAL), so
the named product decides.
"""

from __future__ import annotations

import re

from veilleur.enrich.products import main_product

# Physical and micro-architectural attacks (EN; the FR/DE/NL names are the same words or "canal auxiliaire",
# "Seitenkanal", "zijkanaal").
HARDWARE_ATTACK = re.compile(
    r"(?<!\w)(?:side[- ]channel\w*|canal auxiliaire|canaux auxiliaires|seitenkanal\w*|zijkana\w*|rowhammer|"
    r"(?:spectre|meltdown)(?:[- ]like|[- ]style)?|fault[- ]injection|voltage[- ]glitch\w*|glitching|bit[- ]?flips?|"
    r"cold[- ]boot|(?:timing|power|cache|acoustic|electromagnetic|thermal) (?:analysis|attacks?|leaks?))",
    re.I,
)
# A brand's spelling, an inner capital after a small letter ("YubiKey", "ChatGPT", "iPhone"), names a
# product that the list of known vendors may lack.
_BRAND = re.compile(r"(?<![\w-])[A-Za-z]*[a-z][A-Z][\w-]*")


def product_side_channel(title: str) -> bool:
    """The headline tells a physical or micro-architectural attack against a product it names."""
    if HARDWARE_ATTACK.search(title) is None:
        return False
    rest = HARDWARE_ATTACK.sub(" ", title)  # the attack's own name ("RowHammer") is not the product
    return main_product(rest, [], rest) is not None or _BRAND.search(rest) is not None


# A backdoor its maker left in a product ("a backdoor in millions of RFID cards allows cloning",
# "patient monitors contain a hidden backdoor", "backdoor account in a VoIP manager"): an undocumented
# way in that anyone who learns it can use, the product's flaw (CWE-912), not an implant that attackers
# planted ("slipping a backdoor into routers" stays malware). Alleged ones are a dispute between states.
_BUILT_IN_BACKDOOR = re.compile(
    r"(?<!\w)(?:backdoor (?:accounts?|credentials|passwords?|keys?)\b|(?<!alleged )(?:hidden |secret |undocumented |"
    r"built-in |factory |communications? |encryption )?backdoors? (?:(?:found|discovered|lurking) )?in (?:[\w&’'./-]+ ){0,6}?"
    r"(?:cards?|radios?|inverters?|monitors?|chips?|chipsets?|routers?|firmware|devices?|phones?|smartphones?|cameras?|"
    r"printers?|modems?|switches|appliances?|controllers?|tablets?|boxes|processors?|cpus?|handsets?|sensors?|locks?|"
    r"cars?|vehicles?)\b|(?:contain|ship|come)s? with (?:a |an )?(?:hidden |secret |undocumented |built-in )?backdoor|"
    r"(?:contains?|hides?|ha(?:ve|s)) (?:a |an )?(?:hidden |secret |undocumented |built-in )backdoor)",
    re.I,
)


def built_in_backdoor(title: str) -> bool:
    """The headline tells of a backdoor its maker left in a product."""
    return _BUILT_IN_BACKDOOR.search(title) is not None
