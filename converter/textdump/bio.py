"""What an author's bio box looks like: '<Name> is a <role> for/at <outlet>', under a name or role heading.

Pages set the writer's bio after the article ("Dana Reyes is a staff writer at the Gazette ...", "Dana
Reyes can be reached at ..."); the labelled news pages' truths leave it out on all but two pages. Its
shape: the line opens with a name (one to four capitalised words, a title or initials allowed), then a
role held at a named outlet, a job verb and its outlet, or the writer's address. The words matched are
English verbs, articles and prepositions (language, not any layout's wording). The writer's box closing a story
(writer_box) is read by its layout instead: a name alone, then sentences naming that person by their first name;
or 'About' and a name heading the box in the run's tail (about_box)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

from converter.textdump.lines import Line
from converter.textdump.prompts import NOT_A_VERB

# A name: up to four capitalised words (initials, hyphens, apostrophes), an honorific before it.
_NAME = r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s)?[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le)){0,3}"
# The role it holds at an outlet: 'is a staff writer at X', 'is the deputy editor for X', 'writes for X'.
_ROLE = (
    r"(?:(?:is|has\sbeen)\s(?:currently\s)?(?:a|an|the)\s[^.;:!?]{1,60}?\s(?:for|at)"
    r"|(?:currently\s)?(?:writes|works|reports)\s(?:for|at))\s(?:the\s)?[A-Z0-9]"
    # The writer's address under the story: 'Dana Reyes can be reached at dana@...'.
    r"|(?:can|may)\sbe\s(?:reached|contacted|emailed)\s(?:at|by|on)\s\S"
)
_BIO = re.compile(rf"^{_NAME}\s(?:{_ROLE})")
BIO_MAX_WORDS = 80  # a bio runs to a few sentences at most


def is_bio(text: str, words: int) -> bool:
    """'Dana Reyes is a staff writer at the Gazette.': a line opening with a name and the role it holds there.

    The name opens with no function word ('The plan is a ...', 'It is the ...' are no one's bio).
    """
    if words > BIO_MAX_WORDS or not text[:1].isupper() or _BIO.match(text) is None:
        return False
    return text.split(None, 1)[0].lower() not in NOT_A_VERB


BIO_CREDIT_WORDS = 25  # the most words of a one-sentence bio signing a story ("Ann Lee writes for the Quay Post.")
_BIO_NAME = re.compile(rf"^({_NAME})\s(?:{_ROLE})")


def bio_name(text: str, words: int) -> str | None:
    """The name a short one-sentence bio opens with ('Dana Reyes writes for the Gazette.' → 'Dana Reyes'), or None."""
    if words > BIO_CREDIT_WORDS or not is_bio(text, words):
        return None
    match = _BIO_NAME.match(text)
    return match.group(1) if match else None


# The writer's box closes the run within this many lines: the name, a role, a bio of a sentence or a few.
BOX_LINES = 5
BOX_ROLE_WORDS = 4  # the longest role glued after the name or set on a line of its own ("Contributing writer")
BOX_LABELLED_WORDS = 4  # the longest heading of a label and a name ('About Dana Reyes')
BOX_TAIL_SHARE = 0.25  # as bodyline.TAIL_SHARE: at most this share of the run's prose words after the box


def writer_box(lines: Sequence[Line], first: int, last: int) -> set[int]:
    """The lines of the writer's box closing the run: a name on a line of its own (a role maybe glued after it:
    'Dana ReyesStaff writer', a label before it: 'About Dana Reyes'), then roles and sentences naming that person
    by their first name ('Dana has been ...', 'When young Dana ...'), to the run's end: the writer's bio, whatever
    its wording (is_bio reads only its commonest shapes).

    A story's own lines after a name standing alone go on about anything else; at least one sentence must name
    them, and every line below be such a sentence or a role (a short line, no sentence: 'Contributing writer').
    A bio alone, with no name over it, is left to the body-line decision: the labelled truths keep some.
    """
    if not 0 <= first <= last < len(lines):
        return set()
    after = _prose_after(lines, first, last)
    for index in range(max(first, last - BOX_LINES), last):
        if after[index - first + 1] > BOX_TAIL_SHARE * after[0]:
            continue
        given = _given_name(lines[index], lines[:first])
        if given is None:
            continue
        below = range(index + 1, last + 1)
        if any(_about(lines[other], given) for other in below) and all(
            _about(lines[other], given) or _is_role(lines[other]) for other in below
        ):
            return set(range(index, last + 1))
    return about_box(lines, first, last, after)


# The label heading a box about someone or something ('About Dana Reyes', 'About Quay Ferries'): English.
_ABOUT = "About"


def about_box(lines: Sequence[Line], first: int, last: int, after: Sequence[int] = ()) -> set[int]:
    """The lines from a heading 'About' and a name ('About Dana Reyes', 'About Quay Ferries') in the run's tail to its
    end: the box about the writer or the company closing a post or a press release, whether or not the page credits
    that name above (writer_box reads the box under a name alone).

    The heading is no sentence, its words after the label all capitalised (a story's own section reads 'About the
    vote'); at most BOX_TAIL_SHARE of the run's prose follows it.
    """
    after = after or _prose_after(lines, first, last)
    for index in range(max(first, last - BOX_LINES), last + 1):
        words = lines[index].text.split()
        if lines[index].sentence_end or not 2 <= len(words) <= BOX_LABELLED_WORDS or words[0] != _ABOUT:
            continue
        if after[index - first + 1] <= BOX_TAIL_SHARE * after[0] and all(map(_capitalised, words[1:])):
            return set(range(index, last + 1))
    return set()


def _given_name(line: Line, above: Sequence[Line]) -> str | None:
    """The first name of a line that is no sentence and opens with a name (two capitalised words: 'Dana Reyes',
    'Dana ReyesStaff writer'), or ends on one after a label ('About Dana Reyes', in any language) when the page
    credits that name above the story (a label and a name alone also head a section of a story: 'Meet Dana Reyes')."""
    words = line.text.split()
    if line.sentence_end or not 2 <= len(words) <= BOX_ROLE_WORDS + 2:
        return None
    # (the label first: 'About Dana Reyes' opens with two capitalised words too)
    if len(words) <= BOX_LABELLED_WORDS and all(map(_capitalised, words[-2:])):
        name = " ".join(words[-2:])
        if any(name in other.text for other in above):
            return words[-2]
    if all(map(_capitalised, words[:2])):
        return words[0]
    return None


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()


def _prose_after(lines: Sequence[Line], first: int, last: int) -> list[int]:
    """Prose words from each line of first..last to the run's end (one more entry: 0, after the last line)."""
    run = lines[first : last + 1]
    return list(accumulate((line.words if line.is_prose else 0 for line in reversed(run)), initial=0))[::-1]


def _about(line: Line, given: str) -> bool:
    """A sentence naming the person by their first name."""
    return line.sentence_end and given in line.text.split()


def _is_role(line: Line) -> bool:
    return line.words <= BOX_ROLE_WORDS and not line.sentence_end
