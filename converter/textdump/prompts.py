"""What a page's prompts look like: the shapes of lines that talk to the reader, not about the story.

Paywall notices, price offers, sign-up boxes and "also on this site" teasers come in endless
wordings; they share shapes instead: a price per period, a call (a verb then an object pronoun,
a determiner or "to"), a form field's label, the carrying site's own name. The body-line model
(textdump/bodyline.py) weighs these beside its other features. The word sets here are English
function words (language, not any layout's wording).
"""

from __future__ import annotations

import re
from itertools import pairwise

# "$0.99 a week", "€4 per month", "£1/mo": an offer, not a figure of the story.
_PRICE_PERIOD = re.compile(
    r"[$€£¥]\s?\d+(?:[.,]\d+)?\s*(?:a|an|per|/|each|every)\s*(?:day|week|month|year|wk|mo|yr)\b"
    # (?<!\d): a price starts where its digits do, not inside them (the same answer: a match inside a
    # number is one from its first digit too; tried at every digit of a long number, quadratic).
    r"|(?<!\d)\d+(?:[.,]\d+)?\s?[$€£¥]\s*(?:a|per|/)\s*(?:day|week|month|year)\b",
    re.IGNORECASE,
)
# What follows a call's verb: "Get the ...", "Unlock it", "Tap to expand", "Sign me up", "Read your ...".
_CALL_OBJECT = frozenset(
    "the a an it me us your our this these them to".split()  # noqa: SIM905
)
# Words that start a sentence of the story rather than a call: English closed-class words
# (pronouns, determiners, prepositions, conjunctions, a few sentence adverbs).
_NOT_A_VERB = frozenset(
    """
    the a an it he she they we i you this that these those there here his her their its our my your who what
    which whose whom one some many most much more all each every both either neither no not any few several
    and but or nor so yet if when while as because although though since unless until whether once where why how
    in on at of for to from with by after before about above across against along amid among around behind
    below beneath beside besides between beyond despite down during except inside into like near off onto out
    outside over past through throughout till toward towards under underneath unlike up upon via within without
    also even just only then still now already perhaps maybe however meanwhile instead indeed thus than
    """.split()  # noqa: SIM905
)
NOT_A_VERB = _NOT_A_VERB  # (pieces.py: the words after which a capitalised word goes on a headline)
CALL_MAX_WORDS = 15
SITE_WORDS = 8  # how far into a line the site's name counts


def price_per_period(text: str) -> bool:
    """A price and the period it buys: '$0.99 a week', '4 € par mois' is not caught (English periods only)."""
    # Every match of _PRICE_PERIOD holds one of these signs (four substring tests: every line of a body asks).
    return ("$" in text or "€" in text or "£" in text or "¥" in text) and bool(_PRICE_PERIOD.search(text))


def is_call(tokens: list[str], text: str) -> bool:
    """A short line opening with a verb and its object: 'Get the digest in your inbox', 'Tap to expand'.

    The verb is not looked up: a capitalised first word that is no function word, followed by an
    object pronoun, a determiner or 'to', on a line with no sentence after it.
    """
    if not 2 <= len(tokens) <= CALL_MAX_WORDS or not text[:1].isupper():
        return False
    return tokens[0] not in _NOT_A_VERB and tokens[1] in _CALL_OBJECT and not text.rstrip().endswith((".", "?"))


# "Label words: Rest": a lead-in of one to four words ending in a colon.
_LEAD_IN = re.compile(r"^(?P<lead>[^:]{2,40}):\s+(?P<rest>\S.*)$")
LEAD_MAX_WORDS = 4
TEASER_MIN_WORDS = 4


def lead_in(text: str) -> int | None:
    """Where the rest starts after a label's lead-in ("Label words: Capitalised rest"), or None."""
    if ":" not in text:
        return None
    match = _LEAD_IN.match(text)
    if match is None:
        return None
    lead = match["lead"].split()
    if not (1 <= len(lead) <= LEAD_MAX_WORDS and lead[0][:1].isupper() and match["rest"][:1].isupper()):
        return None
    return match.start("rest")


def is_lead_in_teaser(text: str) -> bool:
    """'Label: Another Story's Headline': a short lead-in, a colon, then a title-sized rest with no final stop.

    A story's own quotes and lists ("Smith: We will appeal.") end as sentences do; a teaser for
    another story is a headline, which does not.
    """
    match = _LEAD_IN.match(text)
    if match is None:
        return False
    lead, rest = match["lead"].split(), match["rest"]
    return (
        1 <= len(lead) <= LEAD_MAX_WORDS
        and lead[0][:1].isupper()
        and rest[:1].isupper()
        and TEASER_MIN_WORDS <= len(rest.split()) <= CALL_MAX_WORDS * 2
        and not rest.rstrip("\"'”’").endswith((".", "!", ":", ";"))
    )


# "this article", "this story": the medium's own nouns after a demonstrative (language, not layout).
_MEDIUM = frozenset({"article", "story", "post", "page", "content", "piece"})


def refers_to_itself(tokens: list[str]) -> bool:
    """'This article is for members', 'How did this story make you feel?': a short line about the text
    it stands in, which notices and prompts are and a story's own sentences seldom are."""
    if len(tokens) > CALL_MAX_WORDS:
        return False
    if _MEDIUM.isdisjoint(tokens):
        return False
    return any(word in _MEDIUM and previous == "this" for previous, word in pairwise(tokens))


# The reader addressed (English). Tokens are runs of word characters, so "you're" reaches us as "you", "re".
SECOND_PERSON = frozenset({"you", "your", "yours", "youre"})


def is_prompt_shaped(tokens: list[str], text: str) -> bool:
    """Any of the shapes a page's prompts take: an offer's price, the text speaking of itself, a call
    to the reader ('Get the ... in your inbox'), a counter kept for the reader ('You have 2 ... left'),
    a teaser's lead-in.

    One feature for all of them lets a weight learned from one layout's prompts carry over to another
    layout's, whose prompts take other shapes.
    """
    # (A teaser's lead-in is asked first: its rest is a headline, which may be longer than a call.)
    if ":" in text and is_lead_in_teaser(text):
        return True
    if len(tokens) > CALL_MAX_WORDS:
        return False
    return (
        price_per_period(text)
        or refers_to_itself(tokens)
        or (
            not SECOND_PERSON.isdisjoint(tokens) and (is_call(tokens, text) or any(token.isdigit() for token in tokens))
        )
    )


def call_clause(text: str) -> str | None:
    """The clause of a line that calls on the reader, the whole line or one after a colon ('Ask your speaker: ...',
    'Read any page: get the Sitename extension'): a verb then its object (a determiner, a pronoun, "to")."""
    for clause in text.split(": "):
        words = clause.lower().split(None, 2)[:2]
        if len(words) == 2 and words[0] not in _NOT_A_VERB and words[1].strip("\"'“”‘’") in _CALL_OBJECT:
            return clause
    return None


def speaks_to_reader(tokens: list[str]) -> bool:
    return not SECOND_PERSON.isdisjoint(tokens)


SITE_BRAND_LETTERS = 4  # the fewest letters of a site's first word that names it alone ("Sitename" of "Sitename Media")


def names_site_or_brand(text: str, site: str | None) -> bool:
    """`names_site`, with the first word of the site's name for its brand: a holder's name may add its legal or
    group word to the name the site goes by ("Sitename Media")."""
    if not site:
        return False
    first = site.split()[0]
    brand = len(first) >= SITE_BRAND_LETTERS and first.lower() not in _NOT_A_VERB  # (not "The" of "The Herald")
    return names_site(text, site) or (brand and names_site(text, first))


def names_site(text: str, site: str | None) -> bool:
    """The line names the site carrying the page in its first words ('Also on Sitename: ...',
    'This story was shared by a Sitename reader').

    A story seldom names the aggregator that shows it, least of all as it opens; the site's
    furniture does, on every page.
    """
    if not site or len(site) < 3:
        return False
    # (Split no further than the opening words: the body-line decision asks it of every paragraph.)
    opening = " ".join(text.split(None, SITE_WORDS)[:SITE_WORDS]).lower()
    return site.lower() in opening and re.search(rf"(?<!\w){re.escape(site.lower())}(?!\w)", opening) is not None


# Verbs that open a call to action ('Join ...', 'Contact me ...'): English verbs, not any layout's wording.
_ACTION_VERBS = frozenset(
    """
    join sign subscribe register follow contact receive get stay listen watch read explore discover download install
    donate support share send email tell visit apply claim unlock upgrade become
    """.split()  # noqa: SIM905
)
# The reader and the page speaking to each other: first and second person (language).
_PERSONAL = frozenset({"me", "us", "our", "ours", "we", "you", "your", "yours", "my"})


def is_call_to_action(tokens: list[str], text: str) -> bool:
    """'Join our forums to keep talking ...', 'Contact me with offers from our partners': an action verb
    opens the line and the page and its reader are in it (first or second person), as no report is."""
    if not tokens or tokens[0] not in _ACTION_VERBS or not text[:1].isupper():
        return False
    # 'Listen, I know ...', 'Look, we ...': a verb set off by a comma is a discourse marker, not a call.
    if text.split(None, 1)[0].endswith(","):
        return False
    return not _PERSONAL.isdisjoint(tokens[1:])
