"""A date or time stamp under a long headline ("Published 3 days ago", "First reported Friday 1 March 2024" under
more than 20 words, which scored below its stamp) is the headline's stamp, no headline; a headline holding a date
stays one."""

from converter.textdump import title
from converter.textdump.lines import split_lines
from tests.textdump.test_title_counts import BODY, MORE

LONG_HEADLINE = (
    "Harbour town votes to keep its last wooden lighthouse standing after a century of winter storms, and asks "
    "the keepers' families to run it"
)


def _title(*top: str) -> str | None:
    lines = split_lines("\n".join(["Front page", "Regions", *top, BODY, MORE]))
    index = title.find_title(lines, len(top) + 2)
    return lines[index].text if index is not None else None


def test_a_stamp_under_a_long_headline_is_no_headline() -> None:
    """Counts between the headline and its stamps, a credit under them: the stamp stood nearer the body, and a
    headline of more than 20 words scores low."""
    for stamp in ("First reported 1 March 2024", "Friday 1 March 2024, 13:19", "Published 3 days ago"):
        top = [LONG_HEADLINE, "42 sources", "Left 30% · Right 70%", stamp, "Updated 5 hrs ago"]
        assert _title(*top, "Reported by Ann Lee for Quay Post") == LONG_HEADLINE, stamp


def test_stamp_shape() -> None:
    lines = split_lines("\n".join([LONG_HEADLINE, "Published 3 days ago", "Updated 1 March 2024"]))
    assert title._stamp_under_longer(lines, 1)
    assert title._stamp_under_longer(lines, 2)  # under another stamp, under the headline
    # Under a headline of 20 words or fewer the model weighs the stamp itself.
    lines = split_lines("\n".join(["Harbour town votes to keep its last wooden lighthouse", "Published 3 days ago"]))
    assert not title._stamp_under_longer(lines, 1)
    # A headline holding a date under a shorter kicker stays a candidate.
    lines = split_lines("\n".join(["Weather", "Storm of 1 March 2024 shuts the harbour", BODY]))
    assert not title._stamp_under_longer(lines, 1)
    # A stamp under shorter lines only (a menu's entries) has no headline over it here.
    lines = split_lines("\n".join(["Front page", "Regions", "Tides", "1 March 2024", BODY]))
    assert not title._stamp_under_longer(lines, 3)
