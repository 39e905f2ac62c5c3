"""The site's own name: the masthead at a page's top that the page names itself by again below.

Invented pages: a logo line, a menu, an article, and a footer whose copyright notice names a printer or a parent
group, or whose last lines speak of the site in a sentence. And what is no masthead: a section the page writes
in lower case too, a menu entry under another, a headline at the page's end that opens with a topic's name.
"""

from __future__ import annotations

from converter.textdump.lines import split_lines
from converter.textdump.masthead import masthead_name
from converter.textdump.metadata import find_site_name
from converter.textdump.page import read_page
from converter.textdump.repeated import normalize_line

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


def test_a_company_opening_the_notice_holds_it_in_lower_case_too() -> None:
    # "name, Inc. © year": the company the notice opens with, however it writes its name.
    lines = split_lines(
        "\n".join(page(["Top", "Newest", "Sign in"], ["Rules", "kelpwhistle, Inc. © 2025. All rights reserved."]))
    )
    assert find_site_name(lines) == "kelpwhistle"
    lines = split_lines("\n".join(page(["Top", "Newest"], ["Help", "Marrowgate LLC (c) 2023 · Terms"])))
    assert find_site_name(lines) == "Marrowgate"
    # No legal form: a photo's credit reads the same, and names no site.
    lines = split_lines("\n".join(page(["Top", "Newest"], ["Help", "pressphoto © 2023 archive"])))
    assert find_site_name(lines) is None


def _folder_site(top: list[str], footer: list[str], repeated: list[str]) -> str | None:
    """The site's name of a page read with the lines its folder shows on many pages."""
    lines = page(top, footer)
    return read_page("\n".join(lines), frozenset(normalize_line(line) for line in repeated), None).site


def test_a_name_opening_every_page_of_the_folder_is_the_sites() -> None:
    top = ["Tessaly", "Ardmore, KY", "41° Fog"]
    assert _folder_site(top, ["Home", "Saved"], ["Tessaly", "Home", "Saved"]) == "Tessaly"
    # Under a link or two of commands; as the page's title bar heads the headline too ("Name · Headline").
    top = ["Skip to the story", "Tessaly", "Ardmore, KY", "Tessaly · Valley orchard growers turn to frost fans"]
    assert _folder_site(top, [], ["Tessaly"]) == "Tessaly"
    # On this page alone, the folder showing it nowhere else: no name.
    assert _folder_site(["Tessaly", "Ardmore, KY"], ["Home", "Saved"], ["Home", "Saved"]) is None


def test_a_name_over_a_menu_counts_when_the_pages_end_speaks_of_it_again() -> None:
    top = ["Read this in your browser", "Gallowmere Letter", "Archive", "About"]
    footer = ["You get this because you joined the Gallowmere Letter.", "Unsubscribe"]
    assert _folder_site(top, footer, ["Gallowmere Letter", "Archive", "About"]) == "Gallowmere Letter"
    # A menu's first entry, spoken of nowhere below: no name.
    assert _folder_site(top, ["Unsubscribe"], ["Gallowmere Letter", "Archive", "About"]) is None


def test_an_outlet_heading_a_readers_view_a_section_or_a_topic_is_no_folder_name() -> None:
    # Under the reader's buttons: the outlet of the story shown (the folder shows it over its other stories).
    assert _folder_site(["Back", "Aa", "Pellham Courier"], [], ["Pellham Courier", "Back", "Aa"]) is None
    # A section the page writes in lower case too; a word of the story's paragraphs (its subject).
    assert _folder_site(["Frost", "Ardmore, KY"], [], ["Frost"]) is None
    assert _folder_site(["Neighbours", "Ardmore, KY"], [], ["Neighbours"]) is None


def test_a_stories_subheading_over_the_notice_is_no_name() -> None:
    # A label and a title closing the story ("Alternatively: Title (year)"), right above the notice: its holder names
    # the site, not the subheading.
    text = [*TEXT[:2], "Alternatively: Quiet Harbour (1998)", *TEXT[2:]]
    lines = split_lines(
        "\n".join(
            ["Top", "Newest", "Valley orchard growers turn to frost fans", *text, "© 2024 Ferncroft Media", "Terms"]
        )
    )
    assert find_site_name(lines) == "Ferncroft Media"


def test_the_logos_text_opening_the_page() -> None:
    lines = split_lines("\n".join(page(["Skip to content", "Ostrava Daily logo", "Top", "Local"], ["Terms"])))
    assert find_site_name(lines) == "Ostrava Daily"
    # Under a reader's toolbar: an outlet's logo over its story, not the site's.
    lines = split_lines("\n".join(page(["Back", "Aa", "Ostrava Daily logo"], ["Terms"])))
    assert find_site_name(lines) is None
    # A word the page writes in lower case too: a section's picture.
    lines = split_lines("\n".join(page(["Orchard logo", "Top"], ["Terms"])))
    assert find_site_name(lines) is None


def test_a_pictures_credit_in_brackets_is_no_notice_of_the_site() -> None:
    # "(© Name)" under a photo, a name over it: the notice at the foot names the site.
    body = [*TEXT[:2], "Ines Marlowe", "(© Piotr Sandel)", *TEXT[2:]]
    lines = split_lines("\n".join(["Top", "Valley orchard growers turn to frost fans", *body, "© 2024 Kestrow Inc."]))
    assert find_site_name(lines) == "Kestrow"


def test_a_section_label_in_capitals_or_over_the_headline_is_no_folder_name() -> None:
    assert _folder_site(["TESSALY", "Ardmore, KY"], [], ["TESSALY"]) is None
    # (page() puts the headline right under the top lines)
    assert _folder_site(["Tessaly"], [], ["Tessaly"]) is None


MENU = ["Inbox", "Starred", "Archive", "Shared with me"]


def _named(top: list[str], footer: list[str], text: list[str] = TEXT) -> str | None:
    """The site's name of a reader's page: its top, a menu, a headline, the story, its end."""
    lines = [*top, *MENU, "Valley orchard growers turn to frost fans", *text, "Mark as read", "Keep unread", *footer]
    return find_site_name(split_lines("\n".join(lines)))


def test_a_name_opening_the_page_in_any_case_and_named_again_at_its_end() -> None:
    ends = [
        ["Fernlow Desk 3.1 · Shortcuts: press ?", "Settings"],  # an app and its version, opening a row
        ["Fernlow Plus: offline reading and no limits.", "Start a trial"],  # its paid tier
        ["Fernlow: stories people kept, sorted by how often.", "Help"],  # its tagline
        ["Last synced an hour ago · Fernlow", "Settings"],  # a status row closing on it
    ]
    for top in (["fernlow"], ["FERNLOW"], ["My Fernlow"], ["Fernlow Desk"]):
        for end in ends:
            # (the whole masthead when the row opens with it too)
            assert _named(top, end) in ("Fernlow", "Fernlow Desk"), (top, end)


def test_a_name_the_pages_notices_speak_of_twice() -> None:
    # No masthead: the site's clipping service and its licence, its newsletters and its company.
    top = ["CUTTINGS · FOR STAFF ONLY", "Print", "Export"]
    notices = [
        "Gathered for your team by the Wrenfield clipping service this morning.",
        "Passing it outside your team breaches the Wrenfield licence terms.",
    ]
    assert _named(top, notices) == "Wrenfield"
    letters = ["You get this email because you joined Wrenfield newsletters.", "Wrenfield Media Ltd, 9 Mill Lane"]
    assert _named(top, letters) == "Wrenfield"


def test_no_name_from_one_mention_a_subject_a_section_a_chip_or_a_list() -> None:
    # Named once.
    assert _named(["Back", "Aa"], ["Fernlow Plus: offline reading and no limits.", "Start a trial"]) is None
    # The story's subject: its paragraphs speak of it, so may its notices.
    text = [*TEXT, "The fans were bought through Pellmark, the county's cooperative, which lends them out."]
    end = ["Pellmark Holdings Ltd, 4 Quay Road, Leeds", "Ask the Pellmark team about fans."]
    assert _named(["Back", "Aa"], end, text) is None
    # A section the page writes in lower case too ("harbour" news over a story of the harbour).
    text = [*TEXT, "Boats in the harbour were moved before the storm, the harbour master said."]
    assert _named(["harbour"], ["Harbour: tides, boats and the people who run them.", "Help"], text) is None
    # The publisher of the story shown, its chip by the headline and at the end (not the site).
    chipped = ["Brindle · brindle.example · 4 min read", *TEXT]
    assert _named(["Brindle"], ["Open the original · Brindle", "Report"], chipped) is None
    # Titles of a list of other articles opening with a name and a number.
    assert _named(["Older"], ["Rustle 1.9 Part I", "Rustle 1.9 Part II"]) is None
