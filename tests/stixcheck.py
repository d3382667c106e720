"""Validate STIX 2.1 with the OASIS validator (offline: its schemas ship in the wheel)."""

from __future__ import annotations

from typing import Any

from stix2validator import ValidationOptions, validate_instance


def stix_problems(bundle: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(errors, warnings) of the OASIS validator on `bundle`, one line each with the object id."""
    options = ValidationOptions(version="2.1")
    results = [validate_instance(bundle, options)]
    results += [validate_instance(item, options) for item in bundle["objects"]]
    errors: list[str] = []
    warnings: list[str] = []
    for result in results:
        errors += [f"{result.object_id}: {error}" for error in result.errors]
        warnings += [f"{result.object_id}: {warning}" for warning in result.warnings]
        if not result.is_valid and not result.errors:
            errors.append(f"{result.object_id}: invalid")
    return errors, warnings
