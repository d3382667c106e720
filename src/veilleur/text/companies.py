"""A company's legal form after its name ("Gamma Corp", "Delta Ltd", "Epsilon GmbH", "Zeta S.A."):
the one list every rule that reads a firm's name by its form uses."""

from __future__ import annotations

# As regular-expression alternatives (periods optional where the form is written with them); each
# rule adds its own anchors and its own other words ("Group", "Holdings").
LEGAL_FORMS = (
    r"Corp(?:oration)?|Inc|Ltd|Limited|LLC|LLP|L\.L\.C|plc|PLC|GmbH|AG|S\.?A\.?S?|SARL|N\.?V|B\.?V|S\.?p\.?A"
)
