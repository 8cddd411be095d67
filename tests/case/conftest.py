"""Fixtures for the case-validation tests; helpers live in case_helpers.py."""

from __future__ import annotations

import pytest
from case_helpers import example


@pytest.fixture
def case01() -> dict:
    return example("01")
