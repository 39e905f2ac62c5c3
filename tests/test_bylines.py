"""Byline strings → person names."""

import pytest

from converter.bylines import looks_like_name, split_authors


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Tom Burgis and Maeve McClenaghan", ["Tom Burgis", "Maeve McClenaghan"]),
        ("Tom Krisher, Ap Auto Writer", ["Tom Krisher"]),
        ("By TOM KRISHER, AP Auto Writer", ["Tom Krisher"]),
        ("By Anna Smith, Bob Jones and Carla Diaz", ["Anna Smith", "Bob Jones", "Carla Diaz"]),
        ("Anna Smith & Bob Jones", ["Anna Smith", "Bob Jones"]),
        ("Von Anna Schmidt und Jens Müller", ["Anna Schmidt", "Jens Müller"]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By Jane Doe jane.doe@example.com", ["Jane Doe"]),
        ("By Jane Doe Updated 1:39 am EST, Wednesday, November 20, 2019", ["Jane Doe"]),
        ("By Reuters", []),
        ("Staff", []),
        ("", []),
    ],
)
def test_split_authors(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


def test_publication_name_dropped() -> None:
    assert split_authors("By Jane Doe, Connecticut Post", publication="Connecticut Post") == ["Jane Doe"]


def test_publication_name_dropped_single_word() -> None:
    assert split_authors("Jane Doe, Yahoo", publication="Yahoo") == ["Jane Doe"]


def test_looks_like_name() -> None:
    assert looks_like_name("Maeve McClenaghan") and not looks_like_name("Try Our AI Features")


def test_role_glued_to_name() -> None:
    assert split_authors("By Meg JamesStaff Writer") == ["Meg James"]


def test_role_after_name_without_comma() -> None:
    assert split_authors("By Jane Doe Senior Correspondent") == ["Jane Doe"]


def test_place_beside_an_agency_is_no_name() -> None:
    assert split_authors("Reuters, Washington,") == []
