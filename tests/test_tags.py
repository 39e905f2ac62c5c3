import pytest

from converter.tags import MAX_TAGS, clean_tags


@pytest.mark.parametrize(
    "flag",
    [
        "_hidden",
        "_promo_box",
        "layout=wide",
        "source:tagname:CNBC Europe Source",
        "type:article",
        '"',
        "—",
        "...",
        "https://example.org/tag/x",
        "example.com",
    ],
)
def test_markup_flags_and_lone_punctuation_are_dropped(flag: str):
    assert clean_tags(["Space", flag]) == ("Space",)


def test_spacing_is_normalised_and_case_duplicates_keep_the_first_spelling():
    tags = ["  Delhi   pollution ", "delhi pollution", "NASA", "nasa", "Nasa"]
    assert clean_tags(tags) == ("Delhi pollution", "NASA")


def test_tags_that_read_as_words_are_kept():
    tags = ["Star Wars: The Last Jedi", "COVID-19", "2020 election", "Aerospace & Defense", "Québec"]
    assert clean_tags(tags) == tuple(tags)


def test_at_most_twelve_tags_in_their_first_order():
    tags = [f"topic {i}" for i in range(30)]
    assert MAX_TAGS == 12
    assert clean_tags(tags) == tuple(tags[:12])
