"""What an author's bio box looks like: '<Name> is a <role> for/at <outlet>', under a name or role heading.

Pages set the writer's bio after the article ("Dana Reyes is a staff writer at the Gazette ...", "Dana
Reyes can be reached at ..."); the labelled news pages' truths leave it out on all but two pages. Its
shape: the line opens with a name (one to four capitalised words, a title or initials allowed), then a
role held at a named outlet, a job verb and its outlet, or the writer's address. The words matched are
English verbs, articles and prepositions (language, not any layout's wording)."""

from __future__ import annotations

import re

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
