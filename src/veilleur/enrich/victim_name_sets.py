"""Word sets that bound a victim's name (`victims._clean`, `victims._acceptable`): words that are
never a name, and the descriptions written in front of one ("telecom giant T-Mobile")."""

from __future__ import annotations

# Pronouns, sentence words, months, peoples and reporters: never a victim's name, nor its first word.
_STOP_NAMES = set(
    """
    il elle ils elles it they he she we the le la les un une des this that these those there here ce cette
    lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday
    sunday selon according hackers hacker attackers researchers experts police officials users customers
    ransomware malware cybercriminals criminals crooks scammers authorities company firm organisation
    organization agencies isps telcos firms companies organisations organizations report new how why what
    when who update updates updated patch org orgs breaking exclusive watch live video podcast week today
    yesterday data security cybersecurity cyber espionage phishing scam fraud campaign attack attacks breach
    vulnerability flaw zero-day critical january february march april may june july august september october
    november december janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    chinese russian iranian korean american british french german belgian dutch ukrainian israeli china
    russia iran korea ukraine us u.s. uk eu europe microsoft google apple cisa fbi nsa europol
    """.split()
)
# Words that describe an organisation in front of its name ("telecom giant T-Mobile"): the name
# starts after them, and they tell the sector.
_DESCRIPTORS = set(
    """
    giant firm company maker carmaker automaker chipmaker drugmaker provider conglomerate retailer operator
    chain vendor startup outfit biz specialist manufacturer developer dev group's insurer hospital clinic bank platform app service
    airline telco isp agency department university school charity brand publisher broadcaster network
    hersteller unternehmen konzern anbieter versicherer dienstleister zulieferer händler betreiber
    maschinenbauer autobauer entreprise bedrijf fabricant
    """.split()
)

# Nouns that describe an organisation in front of its name, capitalised in Title Case or not, never
# part of the name (unlike "Bank", "Group"; "MATLAB dev MathWorks": a developer, as a maker is a maker)
GENERIC_DESCRIPTORS = frozenset(
    """giant giants firm maker carmaker automaker chipmaker drugmaker conglomerate retailer startup outfit biz
    titan behemoth powerhouse dev hersteller konzern anbieter versicherer dienstleister zulieferer händler betreiber
    maschinenbauer autobauer""".split()
)

# Descriptors that, capitalised, belong to an institution's name.
_INSTITUTIONAL = set(
    "hospital clinic bank university school agency department charity network group's".split()
)


# Lower-case nouns that end a description of an organisation ("crypto exchange", "US retailer",
# "hospital operator"): inside a recogniser's name, the name proper starts after them.
_DESCRIPTION_NOUNS = frozenset(
    """exchange retailer operator firm company maker carmaker automaker provider giant chain vendor startup
    platform insurer bank hospital clinic university school agency utility airline telco isp publisher
    broadcaster outlet developer manufacturer supplier contractor specialist conglomerate app service
    marketplace processor lender brokerage broker wholesaler distributor""".split()
)


def description_end(words: list[str]) -> int:
    """The index of the first word after a lower-case description inside a name ("Crypto exchange
    FTX" → 2), else 0: a noun of `_DESCRIPTION_NOUNS` written in lower case right before a
    capitalised word (a name never writes its own nouns in lower case)."""
    cut = 0
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        if word in _DESCRIPTION_NOUNS and (following[:1].isupper() or following[:1].isdigit()):
            cut = index + 1
    return cut
