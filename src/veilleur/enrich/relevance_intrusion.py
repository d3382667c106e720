"""English words for an intrusion that the lexicon's threat words miss (relevance_terms.py adds them).

A page can tell an intrusion or data theft without "hacker", "breach" or "stolen": insiders who
"siphoned gigabytes of data" from an agency's case files, accounts that made an "unauthorized data
transfer", code kept "for web scraping and brute forcing" (Krebs on Security's DOGE and NLRB story
read not relevant at 0.25 for it); or name the stages of an intrusion, its "kill chain" (a research
page whose capture kept only a group's name as headline, its address "…-unified-kill-chain"). Such a
page is an intrusion or a leak, or security research (GUIDE.md §3). Each wording joins its object or
its kind of attack, never the bare verb: a "brute force approach" to a puzzle, fuel "siphoned" from a
tank and an "unauthorized copy" of a film stay out.
"""

from __future__ import annotations

# term (regex, matched case-insensitively at word starts) → weight, as relevance_words.LEXICON
INTRUSION_LEXICON: dict[str, float] = {
    # password guessing by machine: the attack, or the verb the attackers' tools describe
    r"brute[- ]?forc(?:e|ed|ing) (?:attacks?|attempts?|logins?|(?:the )?passwords?|credentials?)\b|"
    r"brute[- ]?forcing\b|password[- ]spraying\b": 2.0,
    # access or a transfer no one allowed (not an "unauthorized copy", a film's)
    r"unauthori[sz]ed (?:access|data transfers?|logins?|downloads? of (?:data|files|records))\b": 2.0,
    # data drained out, as "steal … data" (relevance_words.py) weighs it
    r"siphon(?:s|ed|ing)? (?:off )?(?:[\w,.-]+ ){0,4}(?:data|records|files|credentials|information)\b|"
    r"(?:data|records|files|information) (?:[\w-]+ ){0,3}(?:was|were|is|are|been) siphoned\b": 3.0,
    # the stages of an intrusion as analysts lay them out: a vendor's research page that kept only a
    # group's name as its headline ("-=TWELVE=- is back") says it in its address ("…-unified-kill-chain")
    r"(?:cyber |unified )?kill[- ]chains?\b": 2.0,
}
