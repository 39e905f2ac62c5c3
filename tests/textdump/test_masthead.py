"""The site's own name: the masthead at a page's top that the page names itself by again below.

Invented pages: a logo line, a menu, an article, and a footer whose copyright notice names a printer or a parent
group, or whose last lines speak of the site in a sentence. And what is no masthead: a section the page writes
in lower case too, a menu entry under another, a headline at the page's end that opens with a topic's name.
"""

from __future__ import annotations

from converter.textdump.lines import split_lines
from converter.textdump.masthead import masthead_name
from converter.textdump.metadata import find_site_name

TEXT = [
    "Orchard growers along the valley have installed tall fans between the rows this winter, betting that "
    "moving the air on still nights will keep a late frost off the blossom.",
    "The fans pull warmer air down from a few metres up on nights when cold settles in the hollows.",
    "Each fan costs about as much as a small tractor, and the cooperative has asked the council to share it.",
    "Neighbours have complained about the noise, which carries across the river to the village.",
]


def page(top: list[str], footer: list[str]) -> list[str]:
    return [*top, "Valley orchard growers turn to frost fans", *TEXT, *footer]


def test_a_masthead_named_again_by_a_sentence_beats_a_printers_notice() -> None:
    lines = split_lines(
        "\n".join(
            page(
                ["Quillmere", "Subscribe", "Sign in"],
                [
                    "Privacy",
                    "Terms",
                    "© 2024 Ashdown Printers",
                    "Quillmere is where independent writers publish",
                ],
            )
        )
    )
    assert masthead_name(lines) == "Quillmere"
    assert find_site_name(lines) == "Quillmere"


def test_a_masthead_in_capitals_named_as_the_notices_holder() -> None:
    lines = split_lines("\n".join(page(["Skip navigation", "QUILLMERE", "Home"], ["© 2024 Quillmere Ltd."])))
    assert masthead_name(lines) == "Quillmere"
    assert find_site_name(lines) == "Quillmere"


def test_no_masthead_without_a_notice_or_a_sentence_about_itself() -> None:
    # the old rule still reads the notice's holder
    lines = split_lines("\n".join(page(["Quillmere", "Sign in"], ["© 2024 Ashdown Printers"])))
    assert masthead_name(lines) is None
    assert find_site_name(lines) == "Ashdown Printers"


def test_a_section_a_menu_entry_or_a_topic_is_no_masthead() -> None:
    # a section the page also writes in lower case, inside the holder's name
    lines = split_lines("\n".join(page(["Orchards", "Sign in"], ["orchards", "© 2024 Orchards Weekly Media"])))
    assert masthead_name(lines) is None
    # a menu entry under another, named by a headline of the page's end
    lines = split_lines("\n".join(page(["Pears", "Frost", "Sign in"], ["Frost returns to the valley this week"])))
    assert masthead_name(lines) is None
    # a sentence in the page's middle is the article's
    lines = split_lines("\n".join(["Quillmere", "Sign in", "Quillmere is where the growers met last spring", *TEXT]))
    assert masthead_name(lines) is None


def test_an_app_named_in_a_paragraph_is_not_the_sites() -> None:
    paragraph = (
        "Members of the cooperative can now install the Frost Watch app to see which fans are running, and the "
        "council says it will publish the hours there before the spring."
    )
    lines = split_lines("\n".join(page(["Quillmere", "Sign in"], [paragraph, "© 2024 Quillmere"])))
    assert find_site_name(lines) == "Quillmere"
    lines = split_lines("\n".join(page(["Sign in"], [paragraph])))
    assert find_site_name(lines) is None
    # a prompt on a line of its own names the site, a long one too in its box (no paragraph beside it)
    lines = split_lines("\n".join(page(["Install the Quillmere app", "Sign in"], ["© 2024 Ashdown Printers"])))
    assert find_site_name(lines) == "Quillmere"
    box = [
        "Reading on the go?",
        "Want every valley story on your phone, wherever you are? Install the Quillmere app from your store of "
        "choice today and read on.",
        "App Store · Google Play",
    ]
    lines = split_lines("\n".join(page(["Sign in"], [*box, "© 2024 Ashdown Printers"])))
    assert find_site_name(lines) == "Quillmere"


def test_a_masthead_opening_the_footers_row_of_links() -> None:
    # an app's name alone at the top, again opening its footer's row (a version after it, or not)
    for row in ("Larkbox 3.2 · Status · Privacy · Help", "Larkbox | Ashgrove Holdings | Privacy notice"):
        lines = split_lines("\n".join(page(["Larkbox", "Find a story", "Saved"], ["Keyboard shortcuts", row])))
        assert masthead_name(lines) == "Larkbox"
        assert find_site_name(lines) == "Larkbox"
    # a menu shown again as the footer's row: its first entry is no masthead
    lines = split_lines("\n".join(page(["Pears", "Plums", "Sign in"], ["Pears · Plums · Cherries"])))
    assert masthead_name(lines) is None
    # a row whose name stands inside it, not first, and a line of the page's middle
    lines = split_lines("\n".join(page(["Larkbox", "Saved"], ["Help · Larkbox · Privacy"])))
    assert masthead_name(lines) is None


def test_a_first_line_naming_the_site_and_its_town_and_a_company_line_in_the_footer() -> None:
    # "Name · Town" opens the page; the footer names the company with its legal form and no sign of rights.
    top = ["Lindenfold · Harwick", "Change town", "Sign in"]
    lines = split_lines("\n".join(page(top, ["Privacy", "Terms", "Lindenfold Neighbours, Inc."])))
    assert masthead_name(lines) == "Lindenfold"
    # A company line that does not open with the name names no one; nor does the town.
    lines = split_lines("\n".join(page(top, ["Privacy", "Terms", "Printed by Ferncroft Press, Inc."])))
    assert masthead_name(lines) is None


def test_a_logo_standing_alone_named_again_in_a_short_footer_line() -> None:
    # a logo over a line of another shape (a town and the weather), named among a few words of the footer
    for footer in ("Larkbox Harwick", "Advertise with Larkbox", "About Larkbox"):
        lines = split_lines("\n".join(page(["Larkbox", "Harwick · 12° Fog", "Menu"], ["Privacy", footer, "Terms"])))
        assert masthead_name(lines) == "Larkbox"
        assert find_site_name(lines) == "Larkbox"
    # a logo in lower case over capitalised menu entries stands apart from them; the footer's spelling is kept
    lines = split_lines("\n".join(page(["larkbox", "For you", "Saved"], ["Careers", "Terms", "About Larkbox"])))
    assert masthead_name(lines) == "Larkbox"


def test_a_menus_first_entry_named_in_a_short_footer_line_is_no_masthead() -> None:
    # the first of a menu's entries written alike ("Pears" over "Plums"), named again inside a footer's phrase
    lines = split_lines("\n".join(page(["Pears", "Plums", "Cherries"], ["Privacy", "Pears Growers Guide", "Terms"])))
    assert masthead_name(lines) is None
    # the name alone again, or in a line in capitals (a menu repeated), or in a row of links, is no mention
    for footer in ("Larkbox", "LARKBOX HOME", "Help · Larkbox · Jobs"):
        lines = split_lines("\n".join(page(["Larkbox", "Harwick · 12° Fog"], ["Privacy", footer, "Terms"])))
        assert masthead_name(lines) is None
