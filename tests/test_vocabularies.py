"""Closed vocabularies of the records (veilleur.models): IOC types named as STIX names its observables,
so the STIX export needs no table for them; records stored with the former names still read."""

from __future__ import annotations

import pytest
import stix2
from pydantic import ValidationError

from veilleur.enrich.category import CATEGORIES
from veilleur.models import Category, Intel, Ioc, IocType, PostState
from veilleur.publish.stix import pattern_of
from veilleur.store import schema


def test_ioc_types_are_stix_observable_types() -> None:
    observables = {
        IocType.IPV4: stix2.IPv4Address,
        IocType.IPV6: stix2.IPv6Address,
        IocType.DOMAIN: stix2.DomainName,
        IocType.URL: stix2.URL,
        IocType.EMAIL: stix2.EmailAddress,
    }
    for kind, observable in observables.items():
        assert kind.value == observable._type
    assert {kind for kind in IocType if kind.is_hash} == {
        IocType.MD5,
        IocType.SHA1,
        IocType.SHA256,
        IocType.SHA512,
    }


def test_an_intel_record_stored_with_the_former_ioc_names_reads_with_the_new_ones() -> None:
    stored = (
        '{"relevant": true, "relevance_score": 0.9, "category": "malware_campaign", "iocs": ['
        '{"kind": "ipv4", "value": "203.0.113.7"}, {"kind": "ipv6", "value": "2001:db8::7"},'
        '{"kind": "domain", "value": "evil.example"}, {"kind": "email", "value": "a@evil.example"},'
        '{"kind": "url", "value": "https://evil.example/x"}, {"kind": "sha256", "value": "'
        + "a" * 64
        + '"}]}'
    )
    intel = Intel.model_validate_json(stored)
    assert [ioc.kind for ioc in intel.iocs] == [
        IocType.IPV4,
        IocType.IPV6,
        IocType.DOMAIN,
        IocType.EMAIL,
        IocType.URL,
        IocType.SHA256,
    ]
    assert '"kind":"ipv4-addr"' in intel.model_dump_json() and '"ipv4"' not in intel.model_dump_json()
    assert intel.category is Category.MALWARE_CAMPAIGN


def test_an_unknown_ioc_type_is_refused() -> None:
    with pytest.raises(ValidationError, match="kind"):
        Ioc(kind="bitcoin-address", value="1abc")


def test_the_stix_pattern_names_the_observable_by_its_type() -> None:
    assert pattern_of(Ioc(kind=IocType.DOMAIN, value="evil.example")) == (
        "[domain-name:value = 'evil.example']"
    )
    assert "SHA-256" in pattern_of(Ioc(kind=IocType.SHA256, value="a" * 64))


def test_categories_and_post_states_are_the_stored_values() -> None:
    assert tuple(Category) == CATEGORIES and "ransomware" in CATEGORIES and Category("other") in CATEGORIES
    assert schema.posts.c.state.default.arg == PostState.PLANNED
    assert [state.value for state in PostState] == ["planned", "written", "committed"]


def test_an_analysts_category_correction_is_a_category() -> None:
    import warnings

    from veilleur.corrections import corrected

    intel = corrected(Intel(relevant=True, relevance_score=0.9), {"category": "data_breach"})
    assert intel.category is Category.DATA_BREACH
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pydantic warns when a field holds a str, not its enum
        assert intel.model_dump(mode="json")["category"] == "data_breach"
