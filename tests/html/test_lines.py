"""html.lines: a bare-text line of an article set in <br>s or among <div>s comes back when it was dropped.

The pages are written here: a blog post whose paragraphs are <div>s with its first paragraph bare text
after an image, and a story of the 2000s whose lines are set apart by <br><br>.
"""

from __future__ import annotations

from lxml import html as lxml_html

from converter.html.lines import recover_lines

LEAD = (
    "Who does not love a slow Sunday in the kitchen? The oven warm, the radio on, and a quiche that takes "
    "all afternoon to get just right."
)
LINES = [
    f"Step {n}: mix the flour, the butter and the salt until the dough holds together, then let it rest in "
    "the cold for an hour before you roll it out on a floured board."
    for n in range(5)
]
BOLD = "The harbour board met on Sunday to plan the fair."
IMAGE = "<div class='separator'><a href='/big.jpg'><img src='/small.jpg'></a></div>"


def blog_post(lead: str = LEAD) -> str:
    paragraphs = "".join(f"<div>{line}</div>" for line in LINES)
    return f"<div class='post-body'>{IMAGE}<div><br></div>{lead}<br><div>{paragraphs}</div></div>"


def br_story(first: str = LEAD) -> str:
    rest = "<br><br>".join(LINES)
    return f"<div id='storybody'><p><strong>{BOLD}</strong></p>{first}<br><br>{rest}<p></p></div>"


def page(article: str, aside: str = "") -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(
        "<html><body><div class='menu'><a href='/'>Home</a></div>"
        f"<div class='main'>{article}</div><div class='aside'>{aside}</div></body></html>"
    )


def kept(lines: list[str]) -> str:
    return "<div>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"


def text_of(fragment: str) -> list[str]:
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    return [" ".join(p.text_content().split()) for p in root.iter("p")]


def test_a_bare_lead_before_div_paragraphs_comes_back_first():
    assert text_of(recover_lines(page(blog_post()), kept(LINES))) == [LEAD, *LINES]


def test_a_line_dropped_between_br_lines_goes_back_in_its_place():
    original = page(br_story(first=LINES[0]).replace(f"<br><br>{LINES[2]}", f"<br><br>{LEAD}<br><br>{LINES[2]}"))
    assert text_of(recover_lines(original, kept([BOLD, *LINES]))) == [BOLD, *LINES[:2], LEAD, *LINES[2:]]


def test_the_first_line_after_a_bold_lead_paragraph_comes_back():
    assert text_of(recover_lines(page(br_story()), kept([BOLD, *LINES]))) == [BOLD, LEAD, *LINES]


def test_nothing_comes_back_from_a_holder_the_result_kept_nothing_of():
    # A sidebar of bare-text teasers: long lines, but none of them in the result.
    aside = "<br>".join(f"{LEAD} Teaser {n}." for n in range(4))
    fragment = kept(LINES)
    original = page("".join(f"<p>{line}</p>" for line in LINES), aside=aside)
    assert recover_lines(original, fragment) == fragment


def test_short_lines_and_lines_already_kept_are_left_alone():
    original = page(blog_post(lead="Posted on Sunday by Ann"))
    assert recover_lines(original, kept(LINES)) == kept(LINES)
    original = page(blog_post())
    assert text_of(recover_lines(original, kept([LEAD, *LINES]))) == [LEAD, *LINES]


def test_a_dropped_block_child_is_not_put_back():
    # Only bare text comes back: a <div> the extractor left out may be a box of anything.
    box = f"<div class='promo'>{LEAD}</div>"
    original = page(f"<div class='post-body'>{LINES[0]}<br>{box}{LINES[1]}<br>{LINES[2]}</div>")
    assert recover_lines(original, kept(LINES[:3])) == kept(LINES[:3])


def test_extract_html_keeps_the_lead_the_extractor_drops():
    from converter.html.extract import extract_html

    for article in (blog_post(), br_story()):
        html = (
            "<html><head><title>Quiche</title></head><body><div class='menu'><a href='/'>Home</a></div>"
            f"<div class='main'><h1>Quiche</h1>{article}</div><div class='footer'>Copyright</div></body></html>"
        )
        body = extract_html(html, "quiche.html").article.body
        assert LEAD in body and body.index(LEAD) < body.index(LINES[1])


# Short kept lines of ten words each, every word its own (no 4-word run shared between lines).
SHORT = [" ".join(f"w{n}x{i}" for i in range(10)) for n in range(5)]


def test_short_kept_lines_count_towards_the_holder_up_to_exactly_kept_words():
    # 5 x 10 = 50 words kept (KEPT_WORDS), each line under MIN_WORDS: the holder counts as kept and the
    # dropped line comes back. A holder whose lines are counted only from MIN_WORDS up would be passed over.
    original = page(f"<div id='story'>{'<br>'.join(SHORT[:3])}<br>{LEAD}<br>{'<br>'.join(SHORT[3:])}</div>")
    assert text_of(recover_lines(original, kept(SHORT))) == [*SHORT[:3], LEAD, *SHORT[3:]]
    # One word fewer kept (49): the holder is not the article's, nothing comes back.
    shorter = [*SHORT[:4], SHORT[4].rsplit(" ", 1)[0]]
    original = page(f"<div id='story'>{'<br>'.join(shorter[:3])}<br>{LEAD}<br>{'<br>'.join(shorter[3:])}</div>")
    assert recover_lines(original, kept(shorter)) == kept(shorter)
