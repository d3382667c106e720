"""A Turkish page in Windows-1254 that declares no charset is read in Turkish. Before, a page whose
only non-ASCII letters were "ı", "ç", "ö", "ü" passed for Windows-1252 ("ı" is that code page's "ý":
"çalındı" read "çalýndý"), and one with "ş" or "ğ" went to statistical detection, which rates the
Central European and Western code pages as high on a short page and took Windows-1250 ("Sağlık"
read "Sađlýk"). A Western or Central European page is read as before. Made-up sentences only."""

from __future__ import annotations

import pytest

from veilleur.collect.charset import decode

TURKISH = {
    "dotless i only": "Bankanın bütün verileri çalındı; sunucular kapatıldı, açıklama yapıldı.",
    "s and g": (
        "Sağlık Bakanlığı'na siber saldırı: hastanelerin verileri çalındı. İstanbul'daki şirket fidye yazılımı "
        "saldırısına uğradı."
    ),
    "capital dotted I": "İstanbul'daki şirket fidye yazılımı saldırısına uğradı; sunucular kapatıldı.",
    "long": "Türkiye'de bir hastaneye yönelik siber saldırıda hasta kayıtları ele geçirildi. " * 2_000,
}


def _page(text: str) -> str:
    return f"<html><head><title>Haber</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize("text", TURKISH.values(), ids=list(TURKISH))
def test_a_turkish_page_in_windows_1254_without_a_charset_is_read(text: str) -> None:
    decoded, encoding = decode(_page(text).encode("cp1254"), "text/html")
    assert decoded == _page(text)
    assert encoding == "cp1254"


OTHERS = {
    "cp1252": ("Vulnérabilité exploitée: la mairie a été visée, déclare-t-elle à l'AFP.", "cp1252"),
    "cp1252 German": (
        "Die Angreifer verschlüsselten Daten der Stadtwerke in Köln; ein Lösegeld wurde gefordert.",
        "cp1252",
    ),
    "cp1252 with a Czech name": ("Die Firma von Petr Hýsek wurde befragt, sagte der Sprecher.", "cp1252"),
    "cp1252 English naming a Czech": (
        "The ransomware gang hit the fictional Quillmart chain last week, its spokesman Petr Hýsek said on "
        "Monday. According to Hýsek, the attackers encrypted servers in three data centres and asked for a "
        "ransom; the company refused to pay and restored its systems from backups over the weekend.",
        "cp1252",
    ),
    "cp1250 Polish": (
        "Atak ransomware na szpital w Łodzi: dane pacjentów zostały skradzione, poinformowała spółka.",
        "cp1250",
    ),
}


@pytest.mark.parametrize(("text", "code_page"), OTHERS.values(), ids=list(OTHERS))
def test_a_western_or_central_european_page_is_read_as_before(text: str, code_page: str) -> None:
    body = _page(text).encode(code_page)
    decoded, _ = decode(body, "text/html")
    assert decoded == _page(text)
