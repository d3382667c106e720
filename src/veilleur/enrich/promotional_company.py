"""A company's own news as its headline states it, in EN/FR/NL/DE, as regular expressions matched
case-insensitively at word starts: promotional_claims.py counts them with the vendor's claims (only
when the headline names no lure, crook or threat at all).

GUIDE.md §2: a page whose purpose is to promote a vendor — its customer wins, offices, places in a
trade magazine's list, jobs and hires — is promotional, whatever outlet runs it. A reporter tells such
news as something that happened to the industry ("Examplesoft lays off 10% of staff", "Globex buys
Examplesoft for $2bn"); the company's release states its own success in these fixed shapes: "Globex
Bank selects Examplesoft to secure its cloud", "Examplesoft opens new office in Dublin", "Examplesoft
expands into the DACH market", "CRN's 2025 Security 100", "The 20 coolest identity security companies",
"Examplesoft is hiring", "Examplesoft appoints Jane Doe as CISO", "Examplesoft passes 4 million installs"
(not "hits": malware "hits 90,000 users").
"""

from __future__ import annotations

# What a customer picks a product for: a release names the purpose ("to secure its hybrid cloud",
# "for its email security", "as its preferred MDR provider"); a reporter's "picks" is a team's or a
# court's ("Trump picks X to lead CISA" names no product's purpose).
_PURPOSE = (
    r"to (?:secure|protect|safeguard|power|moderni[sz]e|strengthen|bolster|enhance|defend|automate|streamline|"
    r"transform|accelerate|simplify|consolidate|unify|manage|monitor)\b|for (?:its|their) (?:[\w-]+ ){0,3}"
    r"(?:security|protection|defen[cs]e|needs|platform|operations|infrastructure|network|cloud|endpoints?|"
    r"identity|compliance)\b|as (?:its|their) (?:preferred |strategic |trusted |new |primary |exclusive )?"
    r"(?:[\w-]+ ){0,2}(?:partner|provider|vendor|platform|solution)\b"
)

COMPANY_NEWS: dict[str, str] = {
    # a customer's choice of the vendor, told by the vendor ("Globex Bank selects Examplesoft to secure
    # its hybrid cloud", "Globex chooses Examplesoft for its endpoint protection", "selected by Globex as
    # its preferred partner", "choisit Examplesoft pour sécuriser", "kiest voor Examplesoft")
    "customer win": r"(?:selects?|selected|chooses|chose|picks|opts for|standardi[sz]es on)\b[\w .,&'’-]{1,50}?\b"
    rf"(?:{_PURPOSE})|(?:selected|chosen) by [\w.&'’-]+(?: [\w.&'’-]+){{0,3}} (?:as|to|for)\b|"
    r"(?:choisit|sélectionne|retient)\b[\w .,&'’-]{1,50}?\bpour (?:sécuriser|protéger|renforcer|moderniser)|"
    r"(?:wählt|setzt auf)\b[\w .,&'’-]{1,50}?\b(?:zur absicherung|zum schutz|für (?:die|den|das|seine|ihre) "
    r"(?:sicherheit|absicherung))|kiest (?:voor )?[\w .,&'’-]{1,50}?\bvoor (?:de |haar |zijn )?beveiliging",
    # its offices and markets ("opens new office in Dublin", "opens R&D centre", "expands into the
    # DACH market", "expands its presence in Asia-Pacific", "ouvre un bureau à Lyon", "s'implante en",
    # "eröffnet neues Büro", "opent kantoor"): a botnet that "expands to" routers names its threat
    "office or expansion": r"opens? (?:a |its )?(?:new |first |second |third |additional |european |regional |global )*"
    r"(?:offices?|headquarters|hq|r&d (?:cent(?:er|re)|hub|office)|(?:innovation|engineering|development|"
    r"research|technology) (?:cent(?:er|re)|hub)|regional hub)\b|expands? (?:its )?(?:presence|operations|"
    r"footprint|business|reach|team) (?:in|into|across|to)\b|expands? (?:in|into|to) (?:the )?(?:[\w-]+ )?"
    r"(?:markets?|region)\b|expansion (?:in|into|to) (?:the )?(?:[\w-]+ )?(?:markets?|region)\b|"
    r"(?:ouvre|inaugure) (?:un |une |son |sa |ses )?(?:nouve(?:l|au|lle) )?(?:bureau|siège|agence|filiale|centre)\b|"
    r"s['’]implante (?:en|au|aux|à)\b|eröffnet (?:ein |eine |sein |seine |ihr |ihre )?(?:neue[sn]? )?"
    r"(?:büro|niederlassung|standort|zentrale)\b|opent (?:een |zijn |haar )?(?:nieuw )?(?:kantoor|vestiging)\b",
    # a trade magazine's list of vendors, or the vendor's place in it ("CRN's 2025 Security 100", "The
    # 20 Coolest Identity Security Companies", "hottest cybersecurity startups", "emerging vendors")
    "ranking or award": r"(?:security|cybersecurity|cloud|channel|msp|mssp|partner) (?:100|500)\b|"
    r"(?:coolest|hottest) (?:[\w-]+ ){0,3}(?:companies|vendors|startups|products|tools|ceos|executives|"
    r"leaders)\b|emerging vendors\b|most innovative (?:[\w-]+ ){0,3}(?:companies|vendors|startups)\b",
    # its jobs ("Examplesoft is hiring", "Examplesoft are hiring 50 engineers"): crooks' recruitment
    # names the crooks ("Ransomware gang is hiring"), which keeps the headline news
    "job offer": r"(?:is|are) (?:now )?hiring\b|recrute\b|stellt (?:\d+ )?(?:neue )?mitarbeiter\w* ein|"
    r"(?:zoekt|werft) (?:\d+ )?(?:nieuwe )?(?:medewerkers|collega['’]?s)",
    # its own executives ("Examplesoft appoints Jane Doe as CISO", "names new Chief Technology
    # Officer", "nomme un nouveau directeur général"): a state's pick for a national agency names the
    # agency (a "director" of CISA is no officer of a company)
    "appointment": r"(?:appoints?|names|hires?|welcomes|promotes|taps|nomme|ernennt|benoemt)\b[\w .,'’-]{0,60}"
    r"\b(?:as |to )?(?:(?:its |the |a |an )?(?:new |first |interim )?)(?:ciso|cto|ceo|cfo|coo|cpo|chief (?:information "
    r"security|information|technology|executive|financial|operating|product|people|strategy|trust|security|"
    r"data|ai) officer|president and ceo|board of directors|président|directeur général|directrice générale|"
    r"geschäftsführer\w*|vorstand\w*|algemeen directeur)\b",
    # its own project's reach ("Certbot use continues to grow", "Examplesoft passes 4 million installs",
    # "atteint 1 million d'utilisateurs"): the maker's milestone, as its award would be
    "milestone": r"(?:use|usage|adoption|user base|downloads|installs|installations) (?:continues? to grow|keeps? "
    r"growing|grows?)\b|(?:passes|surpasses|reaches|tops|crosses) [\d.,]+ ?(?:k|m|million|billion)? "
    r"(?:installs|installations|downloads|users|customers|servers|websites)\b|atteint [\d.,]+ (?:millions? )?"
    r"(?:d['’]utilisateurs|de clients|de téléchargements)",
}

# The same news as a press release's headline verb ("Examplesoft acquires Globex", "… to acquire …",
# "merges with", "selects", "appoints", "rachète", "übernimmt"): under it, the issuer's "today
# announced" or its own voice makes the page the release, on any outlet (promotional.py's
# _ANNOUNCING); a reporter dates the deal and attributes it.
COMPANY_VERBS = (
    r"acquires?|acquired|to acquire|acquisition|merges?|merger|selects?|chooses|appoints?|"
    r"rachète|acquiert|fusionne|übernimmt|fusioniert|neemt [\w -]{1,40} over|fuseert"
)
