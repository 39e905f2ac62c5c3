"""Every list of other articles on a page, gathered: its entries as related links, its lines kept from the title.

Each kind of list is decided in its own module (lists shaped as lists in marked.py, cards closed by counters in
cards.py, titles over teasers in teased.py); this one reads them together, in page order, above the body run and
after it, and drops the entries the related links hold already.
"""

from __future__ import annotations

from converter.article import RelatedLink
from converter.textdump.cards import card_title, countered_cards
from converter.textdump.lines import Line, per_page
from converter.textdump.marked import (
    bracketed_entries,
    entry,
    kicked_entries,
    marked_entries,
    numbered_entries,
    paged_entries,
    quoted_entries,
)
from converter.textdump.paired import paired_entries, results_entries
from converter.textdump.stacked import stack_headings, stacked_entries, stacked_lists
from converter.textdump.teased import teased_entries


@per_page
def listed_lines(lines: list[Line]) -> frozenset[int]:
    """The lines that are entries of a numbered or bulleted list anywhere on the page: links to other articles,
    no headline (the page's own headline stands apart from the lists around it); and the titles and teasers of
    cards closed by counters above a story."""
    end = len(lines)
    cards = [index for card in countered_cards(lines) for index in range(card[0], card[1])]
    return frozenset(
        [*(index for index, _ in (*numbered_entries(lines, 0, end), *marked_entries(lines, 0, end))), *cards]
    )


def marked_links(lines: list[Line], first: int, last: int, title: str) -> tuple[list[RelatedLink], set[str]]:
    """The entries of the lists above the body run (numbered or bulleted) and after it (those and titles over
    meta lines alike), in page order, without the page's own title; and the meta lines under the titles."""
    entries: list[tuple[int, str, str | None]] = []
    metas: set[str] = set()
    for start, end in ((0, first), (last + 1, len(lines))):
        entries += [(index, *entry(text)) for index, text in numbered_entries(lines, start, end)]
        entries += [(index, *entry(text)) for index, text in marked_entries(lines, start, end)]
        entries += quoted_entries(lines, start, end)
        if start < first:
            entries += [(index, text, None) for index, text in kicked_entries(lines, start, end)]
            cards = countered_cards(lines)
            entries += [(index, card_title(lines[index].text), None) for index, _ in cards if index < first]
            # (a results list above the article: titles over 'outlet.com · 5h', the article's own among them or not)
            entries += results_entries(lines, start, end)
        if start > last:
            paired = paired_entries(lines, start, end)
            entries += [(index, text, None) for index, text in teased_entries(lines, start, end)]
            entries += paired
            metas.update(lines[index + 1].text for index, _, _ in paired)
            entries += bracketed_entries(lines, start, end)
            entries += paged_entries(lines, start, end)
            # (after the lists that name an entry's source: an entry is read once, with its source when it has one)
            stacks = [stack for stack in stacked_lists(lines, start, end) if not _splits_pairs(stack, paired)]
            entries += stacked_entries(lines, stacks)
            metas.update(stack_headings(lines, stacks, start))  # (no entry: a list heading)
    links: list[RelatedLink] = []
    seen = {title}
    for _, text, source in sorted(entries, key=lambda item: item[0]):
        if text not in seen and not (title and _overlap(text, title)):
            seen.add(text)
            links.append(RelatedLink(title=text, source=source))
    return links, metas


def _splits_pairs(stack: tuple[int, int, int, int], paired: list[tuple[int, str, str | None]]) -> bool:
    """The stacks part a title from the meta line under it (a list of titles over meta lines, read one line off: each
    meta line over the next title)."""
    first, count, size, _ = stack
    end = first + count * size
    for index, _, _ in paired:
        inside = [first <= line < end for line in (index, index + 1)]
        if any(inside) and (not all(inside) or (index - first) // size != (index + 1 - first) // size):
            return True
    return False


def with_marked(
    related: tuple[RelatedLink, ...], lines: list[Line], first: int, last: int, title: str
) -> tuple[RelatedLink, ...]:
    """The related links (without those that are a listed title's meta line) and, after them, the marked
    lists' entries they do not hold already."""
    found, metas = marked_links(lines, first, last, title)
    # (a list heading's rules read 'Title (Outlet)' whole: the title and its source, as the list's entry gives them)
    split = {f"{link.title} ({link.source})": link for link in found if link.source}
    kept = [split.get(link.title, link) for link in related if link.title not in metas]
    known = [link.title for link in kept]
    extra = [link for link in found if not any(_overlap(link.title, other) for other in known)]
    return (*kept, *extra)


def _overlap(one: str, other: str) -> bool:
    """The same title, or one inside the other (a card's title cut short, or with its source glued on)."""
    short, long_ = sorted((one.casefold(), other.casefold()), key=len)
    return short == long_ or (len(short) >= 12 and short in long_)
