"""Shapes that introduce a threat's name, found missed on unlabelled pages (seed 2828), on made-up
sentences (labelling guide §6, §7): a galaxy's main name of a group given beside another of its
names, a group's or a strain's noun with a naming verb before a name that is also a word, a vendor's
name after a nationality's group, a list whose names carry asides in brackets, the family another
one is built on ("Mirai-based"), and a campaign's name the text also writes as a family's."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _names(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


def test_the_galaxy_main_name_beside_another_name_is_one_group() -> None:
    actors, _ = _names(
        "Officials now say who did it: APT28, or Fancy Bear, a Russian group linked to the GRU."
    )
    assert actors == ["APT28"]  # one group, under the first name used (guide §6)


def test_a_group_noun_and_a_naming_verb_make_a_word_a_group_name() -> None:
    actors, _ = _names("ESET described a hacking group referred to as Blackwood that hijacked updates.")
    assert actors == ["Blackwood"]


def test_a_strain_noun_and_a_naming_verb_make_a_word_a_family_name() -> None:
    _, malware = _names("The new locker is a rebrand of another ransomware strain known as Pandora.")
    assert "Pandora" in malware
    _, malware = _names("It descends from a malware family named Fernwhistle, sold on forums.")
    assert malware == ["Fernwhistle"]


def test_a_vendor_name_after_a_nationality_group_is_a_group_of_its_own() -> None:
    actors, _ = _names(
        "The tool was attributed to another Chinese hacking group tracked as Earth Quillfish. That "
        "cluster is treated as a separate operator."
    )
    assert actors == ["Earth Quillfish"]  # not an alias of "Chinese", nor "Earth Quillfish. That"


def test_a_list_goes_on_after_a_name_with_an_aside() -> None:
    _, malware = _names(
        "The group was linked to malware families such as Quillbird, Fernsnake (aka Fernbyte), and Mossdrake."
    )
    assert malware == ["Quillbird", "Fernsnake", "Mossdrake"]  # the aside is an alias, not repeated


def test_the_family_another_is_built_on_is_named() -> None:
    _, malware = _names("Researchers saw the return of the Mirai-based Quillbotnet botnet this month.")
    assert malware == ["Mirai", "Quillbotnet"]
    _, malware = _names("The actor dropped a Python-based backdoor and a PHP-based web shell.")
    assert malware == []  # a language before "-based" is no family


def test_a_campaign_name_also_written_as_a_family_is_the_family() -> None:
    _, malware = _names(
        "The pop-up is part of a malware campaign known as SocGholish that tricks users. A fake "
        "update delivers SocGholish malware to the victim."
    )
    assert malware == ["SocGholish"]
    _, malware = _names("The activity, a campaign dubbed Quillwave, pushed fake apps to users.")
    assert malware == []  # a campaign's name alone stays no family (guide §13)


def test_an_alias_given_after_a_name_is_no_family_anywhere_in_the_text() -> None:
    actors, malware = _names(
        "The loader deploys payloads such as Agenda ransomware and SmokeLoader. Qilin, also called "
        "Agenda, has been an active ransomware threat since 2022."
    )
    # "Qilin, also called Agenda": one family, whose galaxy entry "Agenda Ransomware" is no other
    assert "Agenda" not in malware
    assert "Agenda" not in actors
