"""The nouns that say a name is an organisation's ("a company called X", "een bedrijf genaamd X"), in
EN/FR/NL/DE: a pattern fragment (no group, matched case-insensitively between word bounds) shared by
the victims' veto exceptions (`victim_named_anyway`) and the threats' kind words (`threat_kinds`),
each adding the nouns only its own reading allows ("outfit" is a gang's word to the threats)."""

from __future__ import annotations

ORGANISATION_NOUN = (
    r"(?:company|firm|business|startup|start-up|organi[sz]ation|charity|hospital|clinic|school|university|"
    r"college|bank|insurer|retailer|manufacturer|council|municipality|société|entreprise|bedrijf|ziekenhuis|"
    r"Unternehmen|Firma|Klinik)"
)
