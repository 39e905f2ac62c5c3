"""What page furniture looks like: the kinds of lines a page wraps around its article.

Rules name kinds of furniture (app-store prompts, subscription pitches, share widgets, credits,
relative time stamps, source chips, copyright lines), never one site's wording. They apply to
short lines only: an article may well say "subscribe" or "cookies" in a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from converter.dates import is_relative_date
from converter.prefilter import CASE_TRAPS, holds_any

# Whole short lines that are UI (with trailing dots or colons): a set, looked up in one step.
_SHORT_UI_WORDS = frozenset(
    word
    for row in (
        "logo|menu|search|home|close|open|back|next|previous|prev|more|less|show more|load more|see more",
        "section|sections|navigation|skip to content|skip to main content|back to top|return to top|top",
        "advertisement|advertising|ad|ads|sponsored|promoted|partner content|paid content",
        "share|shares|tweet|email|e-mail|print|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram",
        "instagram|youtube|tiktok|flipboard|copy link|copy|link|save|bookmark|follow|like|reply|report",
        "comment|comments|view comments|show comments|no comments|no comments yet",
        "nessun commento|sem comentários|keine kommentare|aucun commentaire|sin comentarios",
        "loading|please wait|caption|expand|collapse|play|pause|mute|unmute|video|audio|listen|watch",
        "photo|photos|image|images|gallery|slideshow|view gallery|back to gallery|enlarge|full screen",
        "sign in|sign up|log in|login|logout|log out|register|subscribe|subscribe now|my account|account",
        "newsletter|newsletters|contact|contact us|about|about us|faq|help|careers|jobs|terms|privacy",
        "cookie settings|manage cookies|accept|accept all|reject all|agree|i agree|got it|ok|dismiss",
        "tag|tags|topic|topics|filed under|categories|category|posted in|trending|popular|latest|live|breaking",
        "error in retrieving data|all|en|de|fr|es|pt",
    )
    for word in row.split("|")
)
_UI_TAIL = ".:!…"
_UI_COUNT = re.compile(r"(?<!\d)\d+ comments?")  # "12 comments"
_SHORT_UI = re.compile(
    "^(?:" + "|".join(sorted(map(re.escape, _SHORT_UI_WORDS))) + "|" + _UI_COUNT.pattern + f")[{_UI_TAIL}]*$",
    re.IGNORECASE,
)
# Kinds of promo and widget lines, recognised by their vocabulary on a short line.
_PROMO = re.compile(
    r"""(?:
        app[\s-]?store|play[\s-]?store|google\ play|download\ (?:the|our|\w+)\ app|get\ the\ app|install\ the\ app
        |\bsubscri(?:be|ption|ber)|newsletter|sign\ (?:in|up)\b|log\ ?in\b|create\ (?:an|your)\ account
        |unlimited\ access|free\ trial|\bfree\ for\ \d|already\ a\ (?:member|subscriber)|become\ a\ member
        |\bcookies?\b|privacy\ (?:policy|notice|settings)|terms\ (?:of|and)\ (?:use|service|conditions)
        |all\ rights\ reserved|©|\(c\)\ \d{4}|^copyright\b
        |no\ comments|leave\ a\ (?:comment|reply)|be\ the\ first\ to|join\ the\ conversation|comments\ are\ closed
        |error\ in\ retrieving|something\ went\ wrong|javascript|enable\ js|your\ browser
        |share\ (?:this|on|via)|follow\ us|like\ us\ on|click\ here|tap\ here|skip\ ad|advertis
        |image\ \d+\ of|(?<!\d)\d+\ of\ \d+\ (?:photos|images)|^\d+\s*/\s*\d+$|getty\ images|shutterstock|istock
        |^(?:file\ )?(?:photo|image|picture|foto|credit|photograph|source|illustration)s?\b\s*(?:credit)?\s*:
        |\(photo|/\s*(?:ap|afp|reuters|getty)\b|\bap\ photo\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A paywall's counter: a count of free items left ('2 free reads left this week', '1 of 3 free pieces'): English.
_FREE_COUNT = re.compile(r"(?<!\d)\d+ (?:more )?free \w+ (?:left|remaining)\b|(?<!\d)\d+ of \d+ free\b")
FREE_COUNT_WORDS = 10  # the longest counter line: a sentence of the story may count free seats left
# A marker where an ad breaks the story ("Story continues below", "Article continues after this ad"): English.
_CONTINUES = re.compile(r"\b(?:story|article|content|text) continues(?: (?:below|after|under|beneath)\b|$)")
_CONTINUES_ANY_CASE = re.compile(_CONTINUES.pattern, re.IGNORECASE)
CONTINUES_WORDS = 8
# A source chip ("• Yahoo"); dashes are left alone: "— Name (@handle)" attributes a quote.
_CHIP = re.compile(r"^[•·▪►▶|]\s*\S")
_IMPERATIVE = re.compile(
    r"^(?:try|explore|discover|download|install|join|subscribe|upgrade|register|sign|follow|get\ started"
    r"|start\ your|unlock|claim|upgrade)\b",
    re.IGNORECASE,
)
# Cookie and consent banners run long, so they are judged at paragraph length.
_CONSENT = re.compile(
    r"\b(?:this (?:web)?site uses cookies|we use cookies|use of cookies|cookies? (?:policy|settings|preferences)"
    r"|by (?:continuing|using) (?:to (?:browse|use) )?(?:this|our) (?:web)?site|consent to (?:the|our) use"
    r"|necessary cookies|analytics cookies|opt-out if you wish)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"©|\ball rights? reserved\b|\bcopyright\s*(?:\d{4}|\(c\))|\(c\) \d{4}|todos os direitos reservados",
    re.IGNORECASE,
)
# A time stamp line: "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM".
_STAMP = re.compile(r"^(?:updated|posted|published|last (?:updated|modified)|atualizado|publicado)\b", re.IGNORECASE)
_STAMP_INITIALS = "uUpPlLaA"
_RULE = re.compile(r"^[\W_]+$")
# Newsletter pitches run to a sentence or two: both a call and what it brings.
_PITCH = re.compile(
    r"\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|inbox|free (?:daily|weekly))\b"
    r"|\bunsubscribe at any time\b|\bno spam\b",
    re.IGNORECASE,
)
# A caption's credit in brackets at its end: "(AP Photo/Alan Diaz, File)", "(Image credit: NASA)".
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|image|picture|foto|credit|credits|getty|reuters|afp|shutterstock)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)
# "5 min read", or a line holding only an abbreviated duration, "5 mins" under a byline, "12 min left": no
# sentence of a story is a bare "N mins".
_READING_TIME = re.compile(
    r"\b\d+\s*(?:min|mins|minute|minutes|minuto|minutos|minuten)\.?\s+(?:read|de leitura|lesezeit|lettura)\b"
    r"|\b(?:reading time|read time|tempo de leitura|lesezeit|tempo di lettura)\b"
    r"|^\d+\s*mins?\.?(?:\s+(?:left|remaining))?$",
    re.IGNORECASE,
)
# Every match of _READING_TIME holds one of these, in lower case.
_READING_TIME_WORDS = ("min", "read", "leitura", "lesezeit", "lettura")
# "Related: Some other story", "Read more: ..." — a link to another article set inside the text.
_INLINE_RELATED = re.compile(
    r"^(?:related|read more|read also|also read|see also|more|watch|leia também|veja também|leia mais"
    r"|lesen sie auch|mehr zum thema|baca juga|lire aussi|leggi anche)\s*[:|»›]\s*(?P<title>\S.{3,200})$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# A bare host name standing as a story's source ("outlet.com", "news.example.co.uk"): fullmatch it (anchored, so linear
# on any text a search might be given).
HOST = re.compile(r"^(?:www\.)?[a-z0-9-]{2,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,6}$")


def is_host_name(word: str) -> bool:
    """'example.com', 'News.Example.co.uk': labels of letters, digits and hyphens between dots, letters last (any
    case and any number of labels, unlike HOST: a word of a line, not a line standing alone)."""
    labels = word.lower().split(".")
    return (
        len(labels) >= 2
        and labels[-1].isalpha()
        and all(label and label.replace("-", "").isalnum() and label.isascii() for label in labels)
    )


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-insensitive `pattern` compiled case-sensitive, for lower-cased text (`re` runs it faster).

    Its letters are all lower case (checked in the tests), so on text.lower() it matches where
    the original matches on text, unless the text holds one of `clues.CASE_TRAPS`.
    """
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


# Paragraph-length kinds first: one search for any of them.
_LONG_KINDS = re.compile("|".join(f"(?:{rx.pattern})" for rx in (_CONSENT, _COPYRIGHT, _PITCH, _CAPTION_CREDIT)))
_FOLDED = {rx: _folded(rx) for rx in (_READING_TIME, _STAMP, _PROMO, _IMPERATIVE)}
# Each by name too: a Pattern's hash is computed from its compiled code on every dict lookup (about a
# microsecond for these), and the rules ask these of every short line.
_READING_TIME_FOLDED = _FOLDED[_READING_TIME]
_STAMP_FOLDED = _FOLDED[_STAMP]
_PROMO_FOLDED = _FOLDED[_PROMO]
_IMPERATIVE_FOLDED = _FOLDED[_IMPERATIVE]
# Clues: every match of the pattern holds one of these (lower case), so a line with none is
# ruled out by a few substring tests instead of a search trying every alternative at every
# position. Keep them in step with the patterns (tests/textdump/test_extract.py checks samples).
_LONG_CLUES = (
    "cookie",
    "by continuing",
    "by using",
    "consent to",
    "opt-out",  # _CONSENT
    "©",
    "all right",
    "copyright",
    "(c) ",
    "todos os direitos",  # _COPYRIGHT
    "sign up",
    "subscribe",
    "register",
    "no spam",  # _PITCH
)  # (_CAPTION_CREDIT: a bracket closing the line, tested apart in `may_be_notice`)
_READING_TIME_CLUES = ("min", "read", "leitura", "lesezeit", "lettura")
_PROMO_CLUES = (
    "app",
    "play",
    "subscri",
    "newsletter",
    "sign ",
    "log",
    "account",
    "unlimited access",
    "free",
    "already a ",
    "become a member",
    "cookie",
    "privacy ",
    "terms ",
    "all rights reserved",
    "©",
    "(c) ",
    "copyright",
    "no comments",
    "leave a ",
    "be the first to",
    "join the conversation",
    "comments are closed",
    "error in retrieving",
    "something went wrong",
    "javascript",
    "enable js",
    "your browser",
    "share ",
    "follow us",
    "like us on",
    "click here",
    "tap here",
    "skip ad",
    "advertis",
    "image",
    "photo",
    "/",
    "shutterstock",
    "istock",
    ":",
)


def is_furniture(text: str, words: int) -> bool:
    """A UI, promo, credit or time-stamp line (judged on short lines only)."""
    return (
        _is_furniture(text, words)
        or (words <= PLACEHOLDER_WORDS and (_is_player_ui(text) or is_page_marker(text) or is_jump_line(text)))
        or (words <= SPONSOR_WORDS and text.endswith((".", "!")) and bool(_SPONSOR_LINE.match(text)))
    )


def is_page_marker(text: str) -> bool:
    """A printed page's or a forum's marker: a web address in brackets on its own line, a printed list's link under
    its title ('(https://outlet.example/s/some-story)'), or a quoted post's fold ('Click to expand...'). (A bare
    address without brackets stays: a shopping list's text gives each item's link on its own line; not a page
    break either, 'Page 2 of 88': where it repeats down a long text, taking it out moved the headline decision.)"""
    return bool(_BRACKETED_ADDRESS.fullmatch(text) or _FOLD.fullmatch(text))


# (English) a printed story's jump: where it goes on or came from in the paper ("Continued on Page A6", "See STORY,
# Page 4", "Continued from B1", "HEAD ›› From Page B1", "Turn to page 12"): the paper's frame, no line of the story.
# A page is a number, perhaps with a section's letter, closing the line.
_JUMP = re.compile(
    r"(?:^|\W)(?:continued|continues)\s+(?:on|from)\s+(?:page\s+|p\.\s?)?[A-Z]?\d{1,3}\W{0,3}$"
    r"|(?:^|\W)(?:jump(?:ed|s)?|turn)\s+(?:to|from)\s+page\s+[A-Z]?\d{1,3}\W{0,3}$"
    r"|(?:^|\W\s|,\s)(?:from|see|on)\s+page\s+[A-Z]?\d{1,3}\W{0,3}$"
    r"|^see\s+[^,]{1,40},\s*page\s+[A-Z]?\d{1,3}\W{0,3}$",
    re.IGNORECASE,
)


def is_jump_line(text: str) -> bool:
    """A printed story's jump line: 'Continued on Page A6', 'HEAD ›› From Page B1', 'See FLOOD, Page 4'."""
    lower = text.lower()
    return ("page" in lower or "continue" in lower or "jump" in lower or "turn" in lower) and bool(_JUMP.search(text))


def is_address_line(text: str) -> bool:
    """A web address filling the line, in brackets or not: never a related article's title."""
    return bool(_BRACKETED_ADDRESS.fullmatch(text) or _BARE_ADDRESS.fullmatch(text))


# A web address filling the line (bounded; no spaces inside), bare or in brackets.
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()<>\[\]]{1,300}")
_BRACKETED_ADDRESS = re.compile(r"[(<\[](?:https?://|www\.)[^\s()<>\[\]]{1,300}[)>\]]")
# (English) a quoted post folded by the forum: 'Click to expand...', 'Tap to expand…'.
_FOLD = re.compile(r"(?:click|tap) (?:here )?to (?:expand|enlarge|show more)[.…]*", re.IGNORECASE)

SPONSOR_WORDS = 30
# (English) a sponsor's read opened by its label and a colon or a dash, a sentence to its stop: 'Sponsored: this show
# is brought to you by A.', 'Advertisement — Try B free today!'. (A sentence with 'sponsored' inside does not open
# so; a card's label line, 'Promoted: A from 9,90 · page 3', is left to the line decisions.)
_SPONSOR_LINE = re.compile(
    r"(?:sponsored(?: by)?|sponsor|advertisement|paid (?:content|partnership|post)|promoted) ?[:—–|] ?\S",
    re.IGNORECASE,
)


def _is_player_ui(text: str) -> bool:
    """An image the saved page did not keep ('[image not captured]'), a player's countdown ('Playing next in 10 s') or
    a reader's text-size control ('Text size A A+')."""
    return bool(_PLACEHOLDER.fullmatch(text) or _COUNTDOWN.search(text) or _TEXT_SIZE.match(text))


# (English) a player's countdown to the next item: 'Playing next in 10 s', 'Next story in 5 seconds'.
_COUNTDOWN = re.compile(r"\bnext\b.{0,20} in \d{1,3} ?(?:s|secs?|seconds)$", re.IGNORECASE)
_TEXT_SIZE = re.compile(r"(?:text|font) size\b", re.IGNORECASE)


PLACEHOLDER_WORDS = 8
# An image or a widget the saved page did not keep, in brackets: '[image not captured]', '[Photo]', '[Embedded video]'
# (English words of media; a bracketed aside in a story's text is a sentence's part, not a whole line of these).
# (Square brackets only: '(Graphic: assets in 2019 - here)' in a wire story's text is a link the story keeps.)
_PLACEHOLDER = re.compile(
    r"\[(?:[a-z]+ ){0,2}(?:image|images|photo|photos|picture|video|graphic|chart|map|figure|embed|media|gallery|"
    r"audio|tweet|post)\b[^\]]{0,50}\]",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def _is_furniture(text: str, words: int) -> bool:
    # Pages ask this of the same line several times (and sites repeat their menus on every page).
    if words > 60:
        return False
    if not text.isascii() and CASE_TRAPS.search(text):
        return _is_furniture_slow(text, words)
    lower = text.lower()
    if may_be_notice(lower) and _LONG_KINDS.search(lower):
        return True
    if words > 30:
        return False
    if _is_short_ui(lower) or inline_related(text) or is_rule(text):
        return True
    if holds_any(lower, _READING_TIME_CLUES) and _READING_TIME_FOLDED.search(lower):
        return True
    if words <= 14 and _STAMP_FOLDED.match(lower):
        return True
    if words <= 20 and holds_any(lower, _PROMO_CLUES) and _PROMO_FOLDED.search(lower):
        return True
    if words <= 8 and (is_relative_date(text) or _CHIP.match(text)):
        return True
    if words <= CONTINUES_WORDS and " continues" in lower and _CONTINUES.search(lower):
        return True
    return words <= 8 and bool(_IMPERATIVE_FOLDED.match(lower)) and not text.rstrip().endswith((".", "?", "!"))


def may_be_notice(lower: str) -> bool:
    """Can `_LONG_KINDS` match the lower-cased line? One of its clues, or a bracket closing it (a caption's credit).

    The bracket is tested at the line's end only, where _CAPTION_CREDIT wants it: prose holds brackets
    in many lines, and the search it let through cost a paragraph-long scan of every alternative.
    """
    return holds_any(lower, _LONG_CLUES) or lower.rstrip().endswith(")")


def _is_short_ui(lower: str) -> bool:
    """`_SHORT_UI.match` on a lower-cased line without case traps."""
    if "\n" in lower:  # ($ matches before a final line break too)
        return bool(_SHORT_UI.match(lower))
    core = lower.rstrip(_UI_TAIL)  # (no UI word ends with one of these)
    return core in _SHORT_UI_WORDS or bool(_UI_COUNT.fullmatch(core))


def _is_furniture_slow(text: str, words: int) -> bool:
    """`is_furniture` with the case-insensitive patterns on the text as it is."""
    if words <= 60 and (
        _CONSENT.search(text) or _COPYRIGHT.search(text) or _PITCH.search(text) or _CAPTION_CREDIT.search(text)
    ):
        return True
    if words > 30:
        return False
    if _SHORT_UI.match(text) or _READING_TIME.search(text) or inline_related(text) or is_rule(text):
        return True
    if words <= 14 and _STAMP.match(text):
        return True
    if words <= 20 and _PROMO.search(text):
        return True
    if words <= 8 and (is_relative_date(text) or _CHIP.match(text)):
        return True
    if words <= CONTINUES_WORDS and _CONTINUES_ANY_CASE.search(text):
        return True
    return words <= 8 and bool(_IMPERATIVE.match(text)) and not text.rstrip().endswith((".", "?", "!"))


def is_free_count(text: str) -> bool:
    """'2 free reads left this week': a paywall's counter. Not a furniture flag: set between two paragraphs, it
    must not break the body run as a widget's lines do (the body-line decision keeps the run whole)."""
    return len(text.split()) <= FREE_COUNT_WORDS and bool(_FREE_COUNT.search(text.lower()))


def is_time_stamp(text: str) -> bool:
    """'Updated Nov 19, 9:41 AM', 'Posted 2 hours ago': a line that times the article."""
    # (Every word of _STAMP starts with one of these letters, which no other letter folds into.)
    return text[:1] in _STAMP_INITIALS and len(text.split()) <= 14 and bool(_STAMP.match(text))


def is_reading_time(text: str) -> bool:
    """'5 min read', '12 mins', 'Reading time: 4 minutes': how long the story takes to read."""
    if len(text) > 40:
        return False
    if text.isascii():  # (the pattern's words, asked first: ASCII text folds its case within ASCII only)
        lower = text.lower()
        if not any(word in lower for word in _READING_TIME_WORDS):
            return False
    return bool(_READING_TIME.search(text))


def inline_related(text: str) -> str | None:
    """The linked title of a 'Related: ...' line inside the text, or None."""
    match = _INLINE_RELATED.match(text)
    return match["title"].strip() if match and len(text.split()) <= 30 else None


@lru_cache(maxsize=1 << 14)
def is_card_marker(text: str) -> bool:
    """A source chip or a relative time: what aggregators print above each card they list.

    (Kept per text: the walls, listing and card decisions ask it of the same lines.)"""
    # (At most nine pieces split off tell whether it holds more than eight words: runs ask it of paragraphs.)
    return len(text.split(None, 8)) <= 8 and bool(_CHIP.match(text) or is_relative_date(text))


def is_url(text: str) -> bool:
    return text[:1] in "hHwW" and bool(_URL_LINE.match(text))


def strip_chip(text: str) -> str:
    """'• Yahoo' → 'Yahoo'."""
    return _CHIP.sub(lambda match: match.group(0)[-1], text).strip()


# The lead-in words of a link to another story set between the paragraphs ('Also: ...', '(MORE: ...)', 'Also read -
# ...'), beside inline_related's: words of the language, no site's.
_LINK_LEADS = ("also read", "read also", "see also", "read more", "also", "more", "related")
_LINK_SEPARATORS = (":", "-", "–", "—")
_LINK_FIRST = frozenset("(\u200b aAmMrRsS")  # what such a line starts with: a parenthesis, a lead's initial
LINK_TITLE_WORDS = (3, 25)  # the fewest and most words of the linked title


def is_lead_in_link(text: str) -> bool:
    """'Also: Another Story's Headline', '(MORE: Another Headline)', 'Also Read- Another Headline': a link to another
    story between the paragraphs. The title after the lead-in starts in capitals and ends with no stop: a sentence
    that starts 'Also: the council ...' goes on in lower case, or ends as sentences do.
    """
    if text[:1] not in _LINK_FIRST:
        return False  # (most lines: one test of their first character)
    stripped = text.strip().lstrip("(\u200b ").rstrip(")").rstrip()
    lowered = stripped[:12].lower()
    lead = next((lead for lead in _LINK_LEADS if lowered.startswith(lead)), None)
    if lead is None:
        return False
    rest = stripped[len(lead) :].lstrip()
    if not rest.startswith(_LINK_SEPARATORS):
        return False
    title = rest[1:].strip()
    low, high = LINK_TITLE_WORDS
    return (
        (title[:1].isupper() or title[:1].isdigit())
        and low <= len(title.split()) <= high
        and not title.rstrip("\"'”’").endswith((".", "!", ";"))
    )


def is_rule(text: str) -> bool:
    """A rule: a line of punctuation only ("* * *", "————", "~ ~ ~")."""
    return bool(_RULE.match(text))
