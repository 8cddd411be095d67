"""The real shapes of identifiers: BSN elfproef, postcode, AGB, CBS gemeentecode, iWmo codes, dates."""

from __future__ import annotations

from datetime import date

import pytest

from wmo_docs.case import formats


@pytest.mark.parametrize("bsn", ["111222333", "999990019", "123456782"])
def test_elfproef_accepts_valid_bsn(bsn: str) -> None:
    assert formats.elfproef(bsn)


@pytest.mark.parametrize("bsn", ["123456789", "111222334", "000000000", "12345678", "1234567890", "12345678a"])
def test_elfproef_rejects(bsn: str) -> None:
    assert not formats.elfproef(bsn)


@pytest.mark.parametrize(("postcode", "problem"), [
    ("9999 AB", None), ("1234 XY", None), ("9999AB", "spatie"), ("9999 SS", "letters"), ("1000 SA", "letters"),
    ("1000 SD", "letters"), ("0123 AB", "vorm"), ("9999 ab", "vorm"), ("99999 AB", "vorm"),
])
def test_postcode(postcode: str, problem: str | None) -> None:
    assert formats.postcode_problem(postcode) == problem


def test_agb_code() -> None:
    assert formats.is_agb_code("75751234")
    assert not formats.is_agb_code("00751234")
    assert not formats.is_agb_code("7575123")
    assert not formats.is_agb_code("7575123X")


def test_gemeentecode() -> None:
    assert formats.is_gemeentecode("GM0363")
    assert formats.is_gemeentecode("0363")
    assert not formats.is_gemeentecode("GM0000")
    assert not formats.is_gemeentecode("GM363")
    assert not formats.is_gemeentecode("gm0363")


def test_iwmo_codes() -> None:
    assert all(formats.is_productcategorie(f"{n:02d}") for n in range(1, 19))
    assert not formats.is_productcategorie("19")
    assert not formats.is_productcategorie("00")
    assert formats.is_productcode("01A01")
    assert not formats.is_productcode("01a01")
    assert not formats.is_productcode("01A0")


def test_parse_date() -> None:
    assert formats.parse_date("2026-02-28") == date(2026, 2, 28)
    assert formats.parse_date("2026-02-29") is None  # 2026 is no leap year
    assert formats.parse_date("2028-02-29") == date(2028, 2, 29)
    assert formats.parse_date("2026-2-1") is None
    assert formats.parse_date(20260201) is None
