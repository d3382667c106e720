"""Handles criminals are said to go by ('a crook who goes by "grep"', "the moniker Famous Chollima",
"connu sous le pseudonyme « zq777zq »"), the person the text says goes by one, and whether the words
before a handle speak of a family instead ("gave the strain the moniker X")."""

from __future__ import annotations

import re

from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_context import _CAMPAIGN, plain_word
from veilleur.enrich.threat_kinds import MALWARE_WORDS, nearest_kind
from veilleur.enrich.threat_naming import NAMING_VERB
from veilleur.text.openings import opened

# Handles criminals go by: 'a crook who goes by "grep"', 'a hacker using the alias "lkmanka58"',
# "the online persona Mr. Soul", "went by the nickname Helkern".
_HANDLE = opened(
    r"\b(?:goes|going|went|go) by (?:the (?:online )?(?:name|handle|alias|moniker|nickname|username|persona)s? )?"
    r"[\"“‘']([^\"”’'\n]{2,30}?)[,.]?[\"”’']|"
    # unquoted, a handle's own spelling after its noun: "a threat actor who goes by the name yawixoo9"
    # (lower case or a digit first: "went by the name John" gives a person's first name, not a handle)
    r"\b(?:goes|going|went|go) by the (?:name|handle|alias|moniker|nickname|username) "
    r"(?!(?:of|the|a|an)\b)([a-z0-9][\w.@-]{2,30}?)(?=[,.;:)]?(?:\s|$))|"
    # "a cybercriminal known as “Quill”": a criminal's word, then the name it is known by
    r"\b(?:cyber)?(?:criminal|crook|hacker|scammer|fraudster|threat actor|broker|seller)s?\s(?:[\w-]+\s){0,2}?"
    r"(?:known|referred to) (?:only )?as [\"“‘']([^\"”’'\n]{2,30}?)[,.]?[\"”’']|"
    # a criminal's word right before the quoted handle: 'sold by data broker “Quill9”', 'the hacker
    # “Brasswren”' (a capital or a digit first: 'the criminal “supply chain”' is a figure of speech)
    r"\b(?:cyber)?(?:criminal|crook|hacker|scammer|fraudster|threat actor|(?:data |access )?broker|"
    # (a gang's affiliate by the handle it goes by: 'seized the funds of Chaos ransomware affiliate "Hors,"')
    r"extortionist|(?:ransomware|RaaS|gang['’]s|group['’]s)\saffiliate)\s[\"“‘']([A-Z0-9@][^\"”’'\n]{1,29}?)[,.]?[\"”’']|"
    # unquoted, a coined handle (an inner capital or a digit): "the individual known as ExampleSupp"
    r"\b(?:cyber)?(?:criminal|crook|hacker|scammer|fraudster|broker|seller|individual)s?\s"
    r"(?:known|referred to) (?:only )?as ([A-Z][a-z]+[A-Z0-9][\w-]{0,25})\b|"
    # who put malicious packages or code on a registry, by the account's name there: "uploaded by a
    # user named @crypto-thief", "published by a threat actor under the aliases Quill fox, quillfox",
    # "originated from a GitHub account named quillbot" (the account is its author's handle; a second
    # lower-case word before the next alias is the handle's own; a capitalised word after it makes a
    # person's full name, of which the first word is no handle: "an account named Quill Brasswren")
    # A pull request "opened by a user named Quill299", packages "uploaded to npm by users named q0lab
    # (version 1.2.1) and q1lab", "Published by the account "quillsailer"": the registry may stand
    # between the verb and its agent, the account's name may follow its noun in quotes, and several
    # accounts may be named in a row (`_MORE_HANDLES`).
    # An image "hosted on Docker Hub by the user x0lab9": a handle's own spelling (lower case first, a
    # digit in it) right after the account's noun names it too.
    r"\b(?i:uploaded|published|pushed|submitted|originated|opened|hosted)"
    r"(?:\s(?:to|on)\s(?:the\s)?(?:GitHub|GitLab|npm|PyPI|RubyGems|NuGet|Packagist|Docker\sHub)(?:\sregistry)?)?"
    r"\s(?:by|from)\s(?:(?:a|an|the)\s)?"
    r"(?:(?:GitHub|GitLab|npm|PyPI|RubyGems|NuGet)\s)?(?:user|account|threat actor|actor|attacker)(?P<several>s)?\s"
    r"(?:(?:named|called|(?:under|using|with)\sthe\s(?:alias|aliases|username|handle|name)s?)\s[\"“‘']?|[\"“](?=@?\w)|"
    r"(?=[a-z_][\w.-]*\d))"
    r"(@?\w[\w.@-]{1,30}(?:\s[a-z]{2,12}(?=,))?)(?![\w.@-]|\s[A-Z])|"
    # ("monicker": a spelling outlets use too)
    r"\b(?:using|under|with) the (?:alias|handle|monic?ker|nickname|username|persona) "
    r"[\"“‘']([^\"”’'\n]{2,30}?)[,.]?[\"”’']|"
    # the name first: "“x999xx,” the nickname chosen by a Russian hacker"; "the screen name “@Holy”"
    r"[\"“]([^\"”\n]{2,30}?)[,.]?[\"”],?\s(?:is\s)?the (?:nickname|handle|alias|moniker|username|screen name) "
    r"(?:chosen|used|of)\b|"
    r"\bthe screen name [\"“]@?([^\"”’'\n]{2,30}?)[,.]?[\"”]|"
    # "connu sous le pseudonyme « zq777zq »", "qui se fait appeler « Halo »"
    r"\b(?:sous|avec) (?:le|un) (?:pseudo(?:nyme)?|surnom|alias) [\"“«‘']\s?([^\"”»’'\n]{2,30}?)\s?[\"”»’']|"
    r"\bse fait appeler [\"“«‘']\s?([^\"”»’'\n]{2,30}?)\s?[\"”»’']|"
    # ("the collective nickname “The Manipulaters”": an adjective, and quotes, may stand between)
    # ("the bizarrely monikered “Example Heron”", "using the monicker Exmpl")
    r"\b(?:online persona|the (?:[a-z]+\s)?(?:nickname|handle|monic?ker(?:ed)?|alias)) (?:[\"“](?=[^\"“”\n]{2,30}[,.]?[\"”]))?"
    # the whole name, not its first word ("the moniker Famous Chollima"; Markdown escapes "\_")
    r"((?:Mr\.\s|Dr\.\s)?[A-Z](?:[\w-]|\.(?=\w)|\\_){2,30}(?:\s[A-Z0-9](?:[\w-]|\.(?=\w)|\\_){1,30}){0,2})"
)
# What a handle is not: a file ("a plugin which goes by the name 'wp-bot.php'"), or the name a
# researcher or reporter goes by ("researcher Alexander Peslyak, who goes by the alias Solar Designer").
_FILE_LIKE = re.compile(r"\.[a-z][a-z0-9]{0,4}$")
_NOT_CRIMINAL_BEFORE = re.compile(
    r"\b(?:researchers?|analysts?|journalists?|reporters?|experts?)\b[^.;:\n]{0,80}$", re.I
)

# A criminal named between the researchers and the cue: the handle is the criminal's ("researchers
# uncovered the identity of the threat actor behind the service, who goes by the persona X").
_CRIMINAL_BETWEEN = re.compile(
    r"\b(?:threat actor|actor|hacker|(?:cyber)?criminal|crook|scammer|fraudster|mastermind|operator|seller)s?\b",
    re.I,
)


def _researchers_alias(before: str) -> bool:
    """The words before the cue speak of a researcher who goes by the alias, and of no criminal."""
    found = _NOT_CRIMINAL_BEFORE.search(before)
    return found is not None and _CRIMINAL_BETWEEN.search(found.group(0)) is None


# An identity trail: an account someone registered, or a handle of a "someone" the text has not yet
# tied to anyone ("an account created from that address under the username X", "someone using the
# handle X"). Such handles are leads an investigation follows to a person, not an actor of their own.
_TRAIL_BEFORE = re.compile(
    r"\b(?:regist\w*|creat\w*|sign(?:ed)?\sup|open(?:ed)?)\s(?:\w+\s){0,3}?accounts?\b[^.;:]{0,80}$|"
    r"\baccounts?\s(?:\w+\s){0,2}?(?:regist\w*|creat\w*|opened)\b[^.;:]{0,80}$|"
    r"\bsomeone\s(?:who\s)?(?:\w+\s)?(?:us(?:ing|ed|es)|went|goes|going)\b[^.;:]{0,20}$",
    re.I,
)

# A second handle right after the first: 'the handles “Quillmaster” and just “Quill”', '“Quill” a.k.a. “Inky”'.
_NEXT_HANDLE = re.compile(
    r"[,.]?\s?[\"”’'»]?,?\s(?:and|or|ou|et|a\.?k\.?a\.?|aka)\s(?:just\s|simply\s)?[\"“‘'«]\s?"
    r"([^\"”’'»\n]{2,30}?)[,.]?\s?[\"”’'»]"
)
# More accounts named after the first when the cue is plural ("users named q0lab (version 1.2.1),
# q0labss (versions 1.2.2 and 1.2.3), and q1lab"): each a handle, a parenthesis of its own allowed.
_MORE_HANDLES = re.compile(
    r"(?:\s\([^()\n]{0,80}\))?(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)[\"“]?(@?[\w][\w.@-]{1,30}?)[\"”]?(?=[\s,.;(])"
)
MAX_HANDLES = 50  # an article gives one or two; each owner is read across the text: thousands were quadratic

# Handles a leak post credits with the attack: "Breached by @Quillfox and @Brasswren" (two criminals).
_CREDITED = opened(
    r"\b(?:[Bb]reached|[Hh]acked|[Ll]eaked|[Dd]umped|[Ss]tolen|[Dd]efaced|[Pp]wned)\sby\s@[\w.-]{2,30}"
    r"(?:(?:,\s|,?\s(?:and|&)\s)@[\w.-]{2,30})*"
)
_SEVERAL = _HANDLE.pattern.groupindex["several"]  # the plural cue's mark, not a name
_AT_HANDLE = re.compile(r"@([\w.-]{2,30})")
# A handle-like name (with a digit) right before the cue is the one who goes by the handle: "prior to
# 2009, x999xx favored the handle Zed" gives another name of x999xx, not another criminal.
_HANDLE_SUBJECT = re.compile(
    r"(?<![\w.@-])([A-Za-z][\w.-]*\d[\w.-]*)\s(?:\w+\s)?(?:(?:favou?red|used|adopted|preferred|took)\s)?$"
)


# A second account's handle after a singular cue ("published by the threat actor under the alias
# quillman and brassbased"): a lower-case coined word after "and" (an English word there goes on with
# the sentence: "under the alias quillman and later…", as a short one does: "went by ‘X’ and got paid").
_ALIAS_PAIR = re.compile(r"\s(?:and|&)\s([a-z0-9_][\w.-]{4,30})\b")


def _more_handles(text: str, at: int, known: list[str]) -> list[str]:
    """The accounts named after a plural cue's first one, in a row ("…, q0labss (…), and q1lab")."""
    more: list[str] = []
    while (follow := _MORE_HANDLES.match(text, at)) is not None and len(known) + len(more) < MAX_HANDLES:
        name = follow.group(1)
        if name not in known and name not in more and not _FILE_LIKE.search(name):
            more.append(name)
        at = follow.end()
    return more


def handles(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """Handles criminals are said to go by, as written ("grep", "lkmanka58", "Mr. Soul"), each with
    the person the text says goes by it (`handle_owner`), or None, and the other handle written
    right after it ('the handles “Quillmaster” and just “Quill”'), if any: the first MAX_HANDLES."""
    out: list[str] = []
    also: dict[str, tuple[str, ...]] = {}
    owners: dict[str, str] = {}
    for match in _HANDLE.finditer(text):
        # Markdown's marks are not the name's ("**abyss0**", "UNK\\_Acrobat").
        name = (
            next(g for i, g in enumerate(match.groups(), 1) if g and i != _SEVERAL)
            .replace("\\_", "_")
            .strip(" ,.*_")
        )
        before = text[max(0, match.start() - 120) : match.start()]
        if _FILE_LIKE.search(name) or _researchers_alias(before) or _CAMPAIGN.match(name):
            continue  # a file, a researcher's alias, a campaign ("the moniker Operation CuckooBees")
        cue = match.group(0)[: max(0, match.group(0).find(name))]
        if _TRAIL_BEFORE.search(re.split(r"[.!?]\s|\n", before)[-1] + cue):
            continue  # an account on the trail to a person ("registered an account under the nickname X")
        if name and name not in out and len(name.split()) <= 3 and len(out) < MAX_HANDLES:
            out.append(name)
            second = _NEXT_HANDLE.match(text, match.end())
            also[name] = (second.group(1).strip(" ,.*_"),) if second else ()
            if (subject := _HANDLE_SUBJECT.search(before)) is not None and subject.group(1) != name:
                owners[name] = subject.group(1)
            pair = _ALIAS_PAIR.match(text, match.end())
            if match.group("several") or (pair and not plain_word(pair.group(1), english_words())):
                out += _more_handles(text, match.end(), out)
    for credit in _CREDITED.finditer(text):
        for name in _AT_HANDLE.findall(credit.group(0)):
            if name not in out and len(out) < MAX_HANDLES:
                out.append(name)
                also[name] = ()
    return [(name, owners.get(name) or handle_owner(text, name), also.get(name, ())) for name in out]


# The person a handle is said to be: "a teen named Jo Roe, who goes by the nickname “Zed”"; "domains
# registered by Roe show he went by the nickname “Zed”" (the surname, whose full name the text gives).
_OWNER_WHO = re.compile(r"\b([A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+){1,2}),?\s(?:who|qui)\s[^.;:()]{0,60}$")
_OWNER_HE = re.compile(r"\b([A-Z][a-zà-ÿ'’-]{2,})\s(?:\w+\s){0,2}(?:he|she|il|elle)\s[^.;:()]{0,50}$")


def handle_owner(text: str, handle: str) -> str | None:
    """The full name of the person the text says goes by `handle`, or None: the name right before
    "who goes by…", or a surname before "he/she went by…" that the text writes in full elsewhere."""
    for match in re.finditer(rf"[\"“‘'«]\s?{re.escape(handle)}(?!\w)", text):
        before = re.split(r"(?<=[.!?])\s|\n", text[max(0, match.start() - 200) : match.start()])[-1]
        if not _HANDLE.search(before + match.group(0)[:1] + handle + "”"):
            continue
        if (who := _OWNER_WHO.search(before)) is not None:
            return who.group(1)
        if (he := _OWNER_HE.search(before)) is not None:
            full = re.search(
                rf"\b[A-Z][a-zà-ÿ'’-]+\s(?:[A-Z][a-zà-ÿ'’-]+\s)?{re.escape(he.group(1))}\b", text
            )
            if full is not None:
                return full.group(0)
    return None


def names_a_family(before: str) -> bool:
    """The words before a handle's cue speak of a family ("gave the strain the moniker X"), and no
    person stands between them and the cue ("a loader and a crook who goes by X")."""
    if nearest_kind(before) != "malware":
        return False
    last = max(m.end() for m in MALWARE_WORDS.finditer(before))
    return _PERSON.search(before, last) is None


_PERSON = re.compile(
    r"(?i)\b(?:who|whom|crook|criminal|person|man|woman|individual|seller|admin|administrator|developer|account|affiliate|"
    r"author|leader|member|user|suspect|hacker|actor|he|she)s?\b"
)


def a_family_named(before: str) -> bool:
    """The words right before a name introduce a malware family by it ("an IIS malware family called
    “X”"): a galaxy's group of that name is not what the text speaks of."""
    return _CALLED_END.search(before) is not None and names_a_family(before)


_CALLED_END = re.compile(rf"\b{NAMING_VERB}\s[\"“‘']?$")
