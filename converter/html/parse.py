"""One HTML parser for the whole HTML path: plain HtmlElements, no comments.

lxml.html's default element lookup calls back into Python for every element touched (to make a
<form> a FormElement, an <input> an InputElement...). Nothing here needs those classes, and the
callback was a tenth of a page's conversion; this lookup picks HtmlElement in C. Copies of a tree
(trafilatura works on one) keep the parser, and with it the lookup.
"""

from __future__ import annotations

import copy
import re

from lxml import etree
from lxml import html as lxml_html

# Comments and processing instructions carry nothing of the article; trafilatura drops them too.
PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)


def parse_html(text: str) -> lxml_html.HtmlElement:
    """A whole page (raises lxml's ParserError or ValueError on what cannot be parsed)."""
    return lxml_html.document_fromstring(text, parser=PARSER)


def parse_fragment(fragment: str) -> lxml_html.HtmlElement:
    """An HTML fragment inside one <div> of our own."""
    return lxml_html.fragment_fromstring(fragment, create_parent="div", parser=PARSER)


# The main content passes from step to step as HTML, and most steps hand it on unchanged: the same string
# was parsed up to eight times a page. The last few parses are kept, by their string; not those of a huge
# fragment (the corpus's largest is 78 kB), whose trees would stay in memory after its page.
_PARSED: dict[str, lxml_html.HtmlElement] = {}
_KEPT = 4
_KEPT_CHARS = 1 << 18


def shared_fragment(fragment: str) -> lxml_html.HtmlElement:
    """The fragment's parse, shared by every step that reads the same string: never to be changed."""
    if len(fragment) > _KEPT_CHARS:
        return parse_fragment(fragment)
    root = _PARSED.get(fragment)
    if root is None:
        root = parse_fragment(fragment)
        if len(_PARSED) >= _KEPT:
            del _PARSED[next(iter(_PARSED))]  # the oldest
        _PARSED[fragment] = root
    return root


def fragment_copy(fragment: str) -> lxml_html.HtmlElement:
    """A parse of the fragment that the caller may change (a copy of the shared one: a third of a parse)."""
    if len(fragment) > _KEPT_CHARS:
        return parse_fragment(fragment)
    return copy.deepcopy(shared_fragment(fragment))


# Where a <title> tag starts; it ends at the first ">" after (a pattern running to that ">" scanned
# the rest of the page again from every "<title" on a page that has none: quadratic).
_TITLE_START = re.compile(r"<title\b", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)


def title_closed(text: str) -> str:
    """`text` with a <title> that is never closed ended at its line's end.

    The parser reads everything after an unclosed <title> as the title's text, so the article
    vanishes into the page's head (pages cut short or badly templated: a script's string was
    written where the title ends). The title's first line is the title the site meant.
    """
    started = _TITLE_START.search(text)
    opened = text.find(">", started.end()) + 1 if started else 0
    if not opened or _TITLE_CLOSE.search(text, opened) is not None:
        return text
    end = text.find("\n", opened)
    end = len(text) if end < 0 else end
    return f"{text[:end]}</title>{text[end:]}"


# The first <html> start tag (its ">" found by str.find: a `[^>]*` scanned to the end of the text from each
# "<html" when none closes, quadratic); and an explicit end of the document.
_HTML_START = re.compile(r"<html\b", re.IGNORECASE)
_DOCUMENT_END = re.compile(r"</html\s*>", re.IGNORECASE)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


def html_start_opened(text: str) -> str:
    """`text` with a self-closed `<html ... />` start tag written open.

    libxml2 takes `<html/>` for the whole document and keeps nothing after it, where a browser
    ignores the slash (a page whose template pasted an image tag's end into its <html> tag).
    """
    start = _HTML_START.search(text)
    end = -1 if start is None else text.find(">", start.end())
    if end < 0 or text[end - 1] != "/":
        return text
    return f"{text[: end - 1]}>{text[end + 1 :]}"


def document_ends_dropped(text: str) -> str:
    """`text` without its `</html>` and `</body>` end tags when markup follows the first `</html>`.

    libxml2 stops reading at `</html>`; a browser goes on and shows what follows in the body (a
    second document appended to the first, as a CMS that wraps the article in a page of its own
    writes it). Without the end tags the parser reads everything into one body and closes both at
    the end. A page with nothing after its `</html>` is left as it is.
    """
    end = _DOCUMENT_END.search(text)
    if end is None or not text[end.end() :].strip():
        return text
    return _BODY_END.sub("", _DOCUMENT_END.sub("", text))
