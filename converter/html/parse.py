"""One HTML parser for the whole HTML path: plain HtmlElements, no comments.

lxml.html's default element lookup calls back into Python for every element touched (to make a
<form> a FormElement, an <input> an InputElement...). Nothing here needs those classes, and the
callback was a tenth of a page's conversion; this lookup picks HtmlElement in C. Copies of a tree
(trafilatura works on one) keep the parser, and with it the lookup.
"""

from __future__ import annotations

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
