"""Lines a page sets between the paragraphs to speak about itself: UI prompts, notices, curators' credits.

A reader app's prompts come in wordings no list can hold ("Read the full piece at X →", "Scan the code to
continue on your phone", "Tap to load."), but they share shapes: an imperative verb addressing the reader
opens a short sentence, and the sentence is about the page's machinery (an arrow glyph, a UI noun, the
reader's own device) rather than the story's world. Beside them stand notices of the same kind: a sound
cue of a transcript (music notes), an age or gambling notice ('21+ only'), a republication notice ('Shared
with permission ...'), and the credit of someone who picked or produced the piece rather than wrote it.

The word sets here are English language, not any layout's wording: verbs a page uses to address its
reader, nouns of the page's machinery. `ui_asides` is a rule beside the body-line model (bodyline.dropped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from converter.bylines import credits_writer
from converter.textdump.furniture import is_furniture
from converter.textdump.lines import Line, title_case
from converter.textdump.prompts import NOT_A_VERB, SECOND_PERSON, is_call, price_per_period
from converter.textkey import WORD

MAX_WORDS = 15  # the longest line judged: a prompt or a notice is short
# The longest sentence of a touch verb taken with a final stop ("Tap to load."): a how-to's step runs longer.
STRONG_MAX_WORDS = 4
# Verbs a page addresses its reader with, as a sentence opens (imperative mood).
_READER_VERBS = frozenset(
    """
    tap click swipe scroll scan press hover read listen watch open continue download install subscribe sign
    join log follow share save play view see keep visit show get
    """.split()  # noqa: SIM905
)
# Touch and pointer verbs: in the imperative they address a screen's user, whatever follows them.
_TOUCH_VERBS = frozenset({"tap", "click", "swipe", "scroll", "press", "hover"})
# What follows an imperative verb (an object, 'to', 'here', a button's name), never a noun it would modify
# ('Tap water', 'Press freedom').
_AFTER_VERB = frozenset(
    "the a an it this these them to here ok on in up for and through now below more your our".split()  # noqa: SIM905
)
# The page's machinery: the app, its player, the reader's device (English nouns).
_UI_NOUNS = frozenset(
    """
    app apps player transcript code qr link links phone device browser screen button tab page piece article
    episode video audio captions subtitles newsletter inbox account reader comments settings notifications feed ok
    site website original
    """.split()  # noqa: SIM905
)
_ARROWS = frozenset("→↗↘➔➜›»▸▶▾❯⟶")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A transcript's sound cue: '♪ Music ♪', '♫'.
_MUSIC = frozenset("♪♫♬♩")
# An age limit of a gambling or drinking notice: '21+', '18+ only' (not inside a number or a word).
_AGE_GATE = re.compile(r"(?<![\w+])(?:1[6-9]|2[01])\+(?![\w+])")
# A republication notice: 'Shared with permission of ...', 'Republished with permission'.
_PERMISSION = re.compile(r"\bwith (?:the )?(?:kind )?permission\b", re.IGNORECASE)
# 'Picked by A, review editor', 'Curated by A for B': a verb of choosing or producing, then 'by' and a name.
# Roles beside bylines' non-writers (editing, picking, producing ...): reading aloud, compiling (language).
_OTHER_ROLES = ("narrat", "compil", "chosen")
# (A past participle alone: 'Photo by', 'Cover photo by' credit a picture, which the caption rules judge.)
# ('Fact-checked by': a hyphenated participle too.)
# (The name may be a handle: "Picked by @ann_lee".)
_CREDIT = re.compile(r"^(?P<label>[A-Z][a-z]+(?:-[a-z]+)?(?:ed|en)) by (?=[A-Z@])")
# 'Kept by A in Weekend Reading', 'Added by A to Some Board': a participle's credit that goes on to the place the piece
# was put (a preposition, then a capitalised name): a reader's collection, no writer's dateline ('in London' follows
# a writer's verb). English prepositions of place and the language's verbs of writing.
_PLACED = re.compile(r"^[A-Z][a-z]+(?:ed|en) by (?:@\w+\s+|(?:[A-Z][\w’'.-]*\s+){1,3})(?:in|into|to|on|under) [A-Z#]")
_WRITER_VERBS = ("writ", "report", "author", "compos", "pen", "post", "publish")


def is_ui_prompt(text: str) -> bool:
    """A short line with a sentence that calls the reader to act on the page: 'Read the full piece at X →',
    'Scan the code to continue on your phone', 'Embedded content hidden. Tap to load.'.

    The sentence opens with a reader-addressing verb and the word after it is an object or 'to', never a
    noun the verb would modify; and it is about the page (an arrow, a UI noun, second person) with no final
    stop, or it is a touch verb's few words. A sentence of the story so opened ('Read the room', 'Listen to
    the experts') has none of these.
    """
    if len(text.split(None, MAX_WORDS)) > MAX_WORDS or not text[:1].isupper():
        return False
    glyph = not _ARROWS.isdisjoint(text)
    # A heading in title case ('Listen to Music With Your Friends') is the story's; a prompt is in sentence case.
    if not glyph and title_case(text):
        return False
    # (and the call after a label's colon: 'Faster pages: get the reader for your browser')
    _, colon, called = text.partition(": ")
    sentences = [*_SENTENCE.split(text), *([called] if colon else [])]
    return any(_calls_reader(sentence, glyph) for sentence in sentences)


def _calls_reader(sentence: str, glyph: bool) -> bool:
    words = sentence.split()
    if len(words) < 2 or words[0].endswith(","):  # 'Listen, I know ...': a discourse marker, not a call
        return False
    tokens = [word.strip(".,:;!?\"'()→↗›»").lower() for word in words]
    verb = tokens[0]
    if verb not in _READER_VERBS or tokens[1] not in _AFTER_VERB:
        return False
    # A button's few words ('Tap to load.'); a longer sentence may be a how-to's step, or a piece of one cut at a
    # capital ('Tap this to launch the | Studio ...'), and must speak of the page as the other verbs' must.
    if verb in _TOUCH_VERBS and (len(words) <= STRONG_MAX_WORDS or tokens[1] == "here"):
        return True
    if verb in _TOUCH_VERBS and tokens[1] == "to" and len(tokens) > 2 and tokens[2] in _READER_VERBS:
        return True  # ('Tap to follow this topic': a touch, then what it does on the page)
    if sentence.rstrip().endswith((".", "!", "?")):
        return False
    return glyph or not _UI_NOUNS.isdisjoint(tokens[1:]) or not SECOND_PERSON.isdisjoint(tokens[1:])


def is_sound_cue(text: str) -> bool:
    """'♪ Music ♪': a transcript's note of sound, not its words."""
    return not _MUSIC.isdisjoint(text) and len(text.split(None, MAX_WORDS)) <= MAX_WORDS


def is_age_notice(text: str) -> bool:
    """'Odds by X. 21+ only. Please bet responsibly.': a short line holding an age limit."""
    return "+" in text and len(text.split(None, MAX_WORDS)) <= MAX_WORDS and bool(_AGE_GATE.search(text))


def is_permission_notice(text: str) -> bool:
    """'Shared with permission of the original publisher': where the text came from, not what it says."""
    return len(text.split(None, MAX_WORDS)) <= MAX_WORDS and bool(_PERMISSION.search(text))


def is_curator_credit(text: str) -> bool:
    """'Picked by A, review editor', 'Curated by A': someone credited for choosing or producing the piece.

    The label is one or two words before 'by' that credit no writer (bylines.credits_writer: 'edit', 'curat',
    'pick', 'produc', ...); the line is short and ends with no stop, as a credit does.
    """
    if len(text.split(None, MAX_WORDS)) > MAX_WORDS or text.rstrip().endswith((".", "!", "?")):
        return False
    match = _CREDIT.match(text)
    if match is None:
        return False
    label = match["label"].lower()
    return (
        not credits_writer(label)
        or label.startswith(_OTHER_ROLES)
        or (_PLACED.match(text) is not None and not label.startswith(_WRITER_VERBS))
    )


def is_credit_sentences(text: str) -> bool:
    """'Edited by A. Fact-checked by B.': a short line of sentences, each a credit of someone who did not write the
    piece (is_curator_credit, with its stop)."""
    if len(text.split(None, MAX_WORDS)) > MAX_WORDS or not text.rstrip().endswith("."):
        return False
    return all(is_curator_credit(sentence.rstrip().removesuffix(".")) for sentence in _SENTENCE.split(text.strip()))


BUTTON_WORDS = 3  # a button's few words: a reader's verb and the page's noun ('Visit website', 'Open original ↗')
# The nouns of a label over a notice to the reader ('IT notice: ...', 'Reminder: ...'): English.
_NOTICE_LABELS = frozenset({"notice", "reminder"})
LABEL_WORDS = 3  # the longest label before a notice's colon
NOTICE_LINE_WORDS = 25
# Where a reader filed a piece ('Saved to Science', 'Added to Long reads'): a verb's past form, then these.
_FILED_INTO = frozenset({"to", "in", "into"})
FILED_WORDS = 5
_FILING_VERBS = _READER_VERBS | {"add"}


def without_symbol(text: str) -> str:
    """The line without a symbol it opens with ('📣 Share your picks' → 'Share your picks'): no letter nor digit
    (nor a quote or a bracket, the story's own marks) in its first word."""
    head, _, rest = text.partition(" ")
    if not rest or any(char.isalnum() for char in head) or head[:1] in "\"'“‘([":
        return text
    return rest.lstrip()


def is_button(text: str) -> bool:
    """'Visit website', 'Open original ↗', 'View on site', 'Keep reading': a reader's verb and the page's noun (or an
    arrow, or a reader's verb again), a few words without a stop."""
    words = text.split()
    if not 2 <= len(words) <= BUTTON_WORDS or not text[:1].isupper() or text.rstrip().endswith((".", "!", "?")):
        return False
    tokens = [word.strip(".,:;!?\"'()").lower() for word in words]
    if tokens[0] not in _READER_VERBS:
        return False
    # (or a reader's verb again, as its gerund: 'Continue reading', 'Keep scrolling')
    return not _ARROWS.isdisjoint(text) or not _UI_NOUNS.isdisjoint(tokens[1:]) or _reader_gerund(tokens[-1])


def _reader_gerund(token: str) -> bool:
    """'reading', 'scrolling', 'swiping': a reader's verb in -ing (English)."""
    stem = token.removesuffix("ing")
    return stem != token and (stem in _READER_VERBS or f"{stem}e" in _READER_VERBS)


CALL_AFTER_LABEL_WORDS = 4  # a label's short call: 'Plus: listen ad-free', 'Offline: read anywhere'


def is_label_call(text: str) -> bool:
    """'Lumen Plus: listen ad-free', 'Offline mode: read anywhere': a short label (LABEL_WORDS words at most,
    capitalised) then a colon and a few words in lower case opening with a reader's verb, no stop (an offer's line,
    not a sentence: 'Lesson one: read the label before you buy.' ends with one)."""
    label, colon, rest = text.partition(": ")
    words = rest.split()
    if not colon or not label[:1].isupper() or len(label.split()) > LABEL_WORDS:
        return False
    if not 1 <= len(words) <= CALL_AFTER_LABEL_WORDS or not rest[:1].islower() or rest.rstrip()[-1:] in ".!?":
        return False
    return words[0].strip(",;") in _READER_VERBS


def is_labelled_notice(text: str) -> bool:
    """'IT notice: the intranet is down on Sunday.', 'Reminder: forms are due Friday.': a short label naming a notice
    (one to LABEL_WORDS words, the last a notice's noun), a colon, then the notice."""
    label, colon, rest = text.partition(": ")
    if not colon or not rest or len(text.split(None, NOTICE_LINE_WORDS)) > NOTICE_LINE_WORDS:
        return False
    words = label.split()
    # (the label's own words, not the story's noun after a determiner: 'The notice: tenants must leave.')
    return (
        1 <= len(words) <= LABEL_WORDS
        and words[-1].lower() in _NOTICE_LABELS
        and (len(words) == 1 or words[0].isupper() or words[0].lower() not in NOT_A_VERB)  # ('IT notice': initials)
    )


def is_filed_note(text: str) -> bool:
    """'Saved to Science', 'Added to Long reads': where the reader filed the piece, a few words without a stop, the
    folder's name capitalised."""
    words = text.split()
    if not 3 <= len(words) <= FILED_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    verb = words[0].lower()
    if not verb.endswith("d") or words[1].lower() not in _FILED_INTO or not words[2][:1].isupper():
        return False
    return verb[:-1] in _FILING_VERBS or verb[:-2] in _FILING_VERBS


def is_aside(line: Line) -> bool:
    """Any of the shapes above (after a symbol the line opens with: '📣 Share your picks with us')."""
    if line.words > MAX_WORDS:
        return False
    text = without_symbol(line.text)
    return (
        is_ui_prompt(text)
        or is_button(text)
        or is_label_call(text)
        or is_labelled_notice(text)
        or is_filed_note(text)
        or is_sound_cue(text)
        or is_age_notice(text)
        or is_permission_notice(text)
        or is_curator_credit(text)
        or is_credit_sentences(text)
        or is_about_machinery(text)
        or is_reader_counter(text)
    )


def ui_asides(lines: Sequence[Line], consider: Sequence[int]) -> set[int]:
    """The lines of `consider` that are the page speaking about itself (`is_aside`, `is_poll_question`,
    `is_ad_copy`, `is_labelled_ad`, `is_notice_below_label`)."""
    return {
        index
        for index in consider
        if is_aside(lines[index])
        or is_poll_question(lines, index)
        or is_ad_copy(lines, index)
        or is_labelled_ad(lines[index])
        or is_notice_below_label(lines, index)
    }


AD_COPY_WORDS = 15  # the longest ad's sentence under its label
AD_PITCH_WORDS = 25  # the longest pitch of an advertiser under its label, speaking to the reader (_pitch)
AD_PITCH_SENTENCES = 2
AD_LABEL_WORDS = 2
# A discount: '20% off', '30 % off' (English).
_PERCENT_OFF = re.compile(r"\d ?% off\b", re.IGNORECASE)


def is_ad_copy(lines: Sequence[Line], index: int) -> bool:
    """'Sponsored' over 'Pair a second lamp and get 20% off this month.': one short sentence right under an ad's
    label (a UI word of one or two words) that sells: a call to the reader (a verb then its object) or an offer (a
    discount, a price per period); or the ad's headline (no stop) in one block with its label, a blank line under
    it. A paragraph of the story under an ad's label is longer, or tells rather than calls ('The council met on
    Monday.')."""
    if index < 1:
        return False
    line = lines[index]
    if line.words > AD_PITCH_WORDS or not _ad_label(lines[index - 1]):
        return False
    if line.words > AD_COPY_WORDS:
        return _pitch(lines, index)
    text = line.text
    if len(_SENTENCE.split(text)) > 1:
        return False
    if _PERCENT_OFF.search(text) or price_per_period(text):
        return True  # (an offer, with its stop or not: 'Snow boots 20% off until Sunday')
    if not line.sentence_end:
        # (the ad's headline, in one block with its label, set apart from what follows by a blank line; not under a
        # rule or a counter, which a story's subheading hugs: "___" over "A NEW HOPE")
        label = lines[index - 1].text
        return (
            not line.blank_before
            and index + 1 < len(lines)
            and lines[index + 1].blank_before
            and any(char.isalpha() for char in label)
            and not line.text.isupper()
        )
    return is_call(line.tokens, text.rstrip().rstrip(".!"))


def _pitch(lines: Sequence[Line], index: int) -> bool:
    """An advertiser's pitch of a sentence or two in one block with its label, a blank line under it, that speaks to
    the reader ('... farms near you, delivered the day they are picked.') or calls them ('... Open an account in
    minutes.'): a story's paragraph under an ad's label tells of its world, and is longer."""
    line = lines[index]
    if line.blank_before or index + 1 >= len(lines) or not lines[index + 1].blank_before:
        return False
    sentences = _SENTENCE.split(line.text)
    if len(sentences) > AD_PITCH_SENTENCES:
        return False
    return not SECOND_PERSON.isdisjoint(line.tokens) or any(
        is_call(WORD.findall(sentence.lower()), sentence.rstrip().rstrip(".!")) for sentence in sentences
    )


def is_labelled_ad(line: Line) -> bool:
    """'Promoted · Winter coats for less': an ad's label, a middle dot and its copy or its advertiser, on one line."""
    # (an ad's copy may ask the reader a question, 'Ad · Cold feet this winter?'; a full stop ends a notice's text)
    return AD_LABEL_WORDS < line.words <= LABEL_LINE_WORDS and not line.text.rstrip().endswith(".") and _ad_label(line)


def _ad_label(line: Line) -> bool:
    """An ad's label: a UI word of one or two words ('Sponsored'), alone or before a middle dot and the advertiser's
    name ('Sponsored · Kettle Outfitters')."""
    if line.words <= AD_LABEL_WORDS:
        return line.is_furniture
    label, dot, _ = line.text.partition(" · ")
    words = len(label.split())
    return bool(dot) and line.words <= LABEL_LINE_WORDS and words <= AD_LABEL_WORDS and is_furniture(label, words)


LABEL_LINE_WORDS = 6  # the longest label line over a box's text: a label, a middle dot, who posts it


def is_notice_below_label(lines: Sequence[Line], index: int) -> bool:
    """'NOTICE · Town council' over 'Bins are collected on Saturday this week.': a notice's text right under its label
    line, a notice's noun in capitals or before a middle dot and who posts it ('Reminder · School office')."""
    if index < 1:
        return False
    label, line = lines[index - 1], lines[index]
    if label.words > LABEL_LINE_WORDS or label.sentence_end or line.words > NOTICE_LINE_WORDS or line.is_furniture:
        return False
    head, dot, _ = label.text.partition(" · ")
    words = head.split()
    if not 1 <= len(words) <= LABEL_WORDS or words[-1].lower() not in _NOTICE_LABELS:
        return False
    return bool(dot) or head.isupper()


NOTICE_MAX_WORDS = 30  # the longest notice of the site about its page: two short sentences
NOTICE_NOUNS = 2  # the fewest nouns of the page's machinery it holds


def is_site_notice(text: str, site: str | None) -> bool:
    """'This page groups reports from many outlets; Sitename adds the comparison.': a short line naming the site that
    shows the page and speaking of the page's machinery (two of its nouns or more: 'page', 'article', 'feed')."""
    if not site or len(site) < 3 or len(text.split(None, NOTICE_MAX_WORDS)) > NOTICE_MAX_WORDS:
        return False
    lower = text.lower()
    if re.search(rf"(?<!\w){re.escape(site.lower())}(?!\w)", lower) is None:
        return False
    tokens = [word.strip(".,:;!?\"'()’‘“”") for word in lower.split()]
    return sum(token in _UI_NOUNS for token in tokens) >= NOTICE_NOUNS


POLL_MAX_WORDS = 10  # the longest question a reaction poll asks
POLL_BUTTONS = 2  # the fewest buttons under it


def is_poll_question(lines: Sequence[Line], index: int) -> bool:
    """'Did this answer your question?' over '👍' and '👎': a short question over two buttons or more that hold no
    letter nor digit (a reaction poll's), not a question of the story (a paragraph or a subheading follows it)."""
    line = lines[index]
    if line.words > POLL_MAX_WORDS or not line.text.endswith("?"):
        return False
    buttons = 0
    for other in lines[index + 1 : index + 1 + POLL_BUTTONS]:
        if any(char.isalnum() for char in other.text):
            break
        buttons += 1
    return buttons >= POLL_BUTTONS


MACHINERY_MAX_WORDS = 8


def is_about_machinery(text: str) -> bool:
    """'Archived copy: archive link in comments': a short label and its note, no sentence, made of the page's nouns.

    (A label's colon or a separator: a how-to's step, 'Go into the Settings app on your phone', is a sentence.)
    """
    words = text.split(None, MACHINERY_MAX_WORDS)
    if len(words) > MACHINERY_MAX_WORDS or text.rstrip().endswith((".", "!", "?")):
        return False
    if ": " not in text and " · " not in text:
        return False
    tokens = {word.strip(".,:;!?\"'()").lower() for word in words}
    return len(tokens & _UI_NOUNS) >= 2


# People counted by a widget: 'readers', 'listeners' (English nouns).
_COUNTED = frozenset({"readers", "people", "listeners", "viewers", "members", "subscribers", "users", "others"})


def is_reader_counter(text: str) -> bool:
    """'16 readers highlighted this passage', '1.2k people found this useful': a widget's count of its readers."""
    words = text.split(None, MACHINERY_MAX_WORDS)
    if not 3 <= len(words) <= MACHINERY_MAX_WORDS or text.rstrip().endswith((".", "!", "?")):
        return False
    count = words[0].rstrip("kKmM").replace(",", "").replace(".", "")
    # (The count's verb takes 'this' at once: '12 people were hurt in this storm' is the story's.)
    return count.isdigit() and words[1].lower() in _COUNTED and len(words) > 3 and words[3].lower() == "this"


BLOCK_MAX_WORDS = 30  # the longest line taken as a block's content (a one-line comment)
BLOCK_REACH = 6  # how far apart the repeated blocks' frames may stand


def _frame_shape(text: str) -> str:
    """A frame line with its words masked: 'u/ana · 4h' and 'u/bo · 1d' are one shape ('w/w · w')."""
    return WORD.sub("w", text)


def framed_in_blocks(
    lines: Sequence[Line], consider: Sequence[int], dropped: set[int], furniture: Sequence[bool] = ()
) -> set[int]:
    """The lines of `consider` framed as a repeated block's content: readers' one-line comments between a header
    ('u/ana · 4h') and a footer ('▲ 12 ▼') that were dropped, when a header and a footer of the same shapes stand
    again within BLOCK_REACH lines. The content is a sentence and one of its frame lines a card's marker (a name or
    handle and a time); the frame's two lines differ in shape: a paragraph between two captions of one shape is the
    story's, and so is a heading between an ad label and a photo credit, or a pull quote between its marks.
    """

    def gone(index: int) -> bool:
        return index in dropped or (0 <= index < len(furniture) and furniture[index])

    out = set()
    for index in consider:
        if index in dropped or lines[index].words > BLOCK_MAX_WORDS or not (gone(index - 1) and gone(index + 1)):
            continue
        # A comment is a sentence under its writer's name and time ('u/ana · 4h': a marker's shape).
        if not lines[index].sentence_end or not (lines[index - 1].is_marker or lines[index + 1].is_marker):
            continue
        head, foot = _frame_shape(lines[index - 1].text), _frame_shape(lines[index + 1].text)
        if head == foot:
            continue
        for other in range(max(1, index - BLOCK_REACH), min(len(lines) - 1, index + BLOCK_REACH + 1)):
            if (
                other != index
                and gone(other - 1)
                and gone(other + 1)
                and _frame_shape(lines[other - 1].text) == head
                and _frame_shape(lines[other + 1].text) == foot
            ):
                out.add(index)
                break
    return out


PULL_QUOTE_MIN_WORDS = 4  # the fewest words of a pull quote (a subheading's few words may stand inside a paragraph)
PULL_QUOTE_MAX_WORDS = 40
_QUOTE_MARKS = "\"'“”‘’«»❝❞„ "
_ELLIPSES = ("…", "...")


def pull_quotes(lines: Sequence[Line], consider: Sequence[int], first: int, last: int) -> set[int]:
    """The lines of `consider` that repeat, cut short with an ellipsis, words another line of first..last says in
    full: a pull quote set between the paragraphs ('❝ The tool, called Nightshade, is… ❞' near the paragraph that
    says it whole). (A whole sentence shown twice, in quote marks, may be the story's own: its labelled text keeps
    both.)"""
    quoted = {index: words for index in consider if (words := _cut_words(lines[index])) is not None}
    if not quoted:
        return set()
    return {
        index
        for index, words in quoted.items()
        if any(
            other != index and len(lines[other].text) > len(words) and words in lines[other].text
            for other in range(first, last + 1)
        )
    }


def _cut_words(line: Line) -> str | None:
    """The words of a line cut short with an ellipsis, in quote marks or not ('❝ Words of it… ❞' → 'Words of it');
    None for a line of no such shape, or too short or long to be a pull quote."""
    if not PULL_QUOTE_MIN_WORDS <= line.words <= PULL_QUOTE_MAX_WORDS:
        return None
    text = line.text.strip(_QUOTE_MARKS)
    if not text.endswith(_ELLIPSES):
        return None
    words = text.removesuffix("…").removesuffix("...").rstrip(_QUOTE_MARKS + ",;:")
    return words if len(words.split()) >= PULL_QUOTE_MIN_WORDS else None


FRAME_WORDS = 6  # the longest frame line of a comment: a name, a time and a button


def comment_footer(lines: Sequence[Line], index: int) -> bool:
    """lines[index] closes a reader's comment, and more comments follow: a short line of parts ('3d · Reply', 'u/ana ·
    4h') under a sentence of BLOCK_MAX_WORDS words at most under a short line (the commenter's name), and a line of
    the same shape (its words masked) under another such sentence within BLOCK_REACH lines below."""
    if not 2 <= index < len(lines) or not _frame_line(lines[index]):
        return False
    text, head = lines[index - 1], lines[index - 2]
    if not _comment_text(text) or head.is_prose or head.words > FRAME_WORDS:
        return False
    shape = _frame_shape(lines[index].text)
    return any(
        _frame_shape(lines[other].text) == shape and _comment_text(lines[other - 1])
        for other in range(index + 2, min(len(lines), index + BLOCK_REACH + 1))
    )


def _frame_line(line: Line) -> bool:
    """A comment's footer: a short line of parts ('3d · Reply'; a bare time closes a list's card too)."""
    text = line.text
    return (
        not line.is_prose
        and line.words <= FRAME_WORDS
        and line.is_marker
        and (" · " in text or " | " in text or " • " in text)
    )


def _comment_text(line: Line) -> bool:
    return line.sentence_end and line.words <= BLOCK_MAX_WORDS


def comment_lines(lines: Sequence[Line], start: int, end: int) -> set[int]:
    """The lines of readers' comments in lines[start:end]: each comment's name, sentence and footer, from the first
    footer comment_footer finds to the last line of its shape under a comment's sentence."""
    first = next((index for index in range(start, end) if comment_footer(lines, index)), None)
    if first is None:
        return set()
    shape = _frame_shape(lines[first].text)
    out: set[int] = set()
    for index in range(first, end):
        if _frame_line(lines[index]) and _frame_shape(lines[index].text) == shape and _comment_text(lines[index - 1]):
            out.update((index - 2, index - 1, index))
    return out


# A notice that software wrote the text above or below it (English words): a word of automation and one of making,
# or one word holding both ('auto-generated').
_AUTOMATION_WORDS = frozenset({"machine", "software", "automatically", "automated", "algorithm", "algorithms", "ai"})
_MAKING_WORDS = frozenset({"written", "generated", "produced", "compiled", "created", "together", "summarised"})
_MADE_BY_MACHINE = frozenset({"auto-generated", "machine-generated", "ai-generated", "computer-generated"})
MACHINE_NOTICE_WORDS = 30  # the longest notice: two short sentences
HEAD_REACH = 8  # the lines under the start of the run that may hold such a notice, above the first paragraph
SUMMARY_BOX_LINES = 4  # the most lines (its points) between the box's heading and its notice
_POINT_MARKS = ("•", "·", "▪", "- ", "* ")  # what a summary's point opens with


def is_machine_notice(line: Line) -> bool:
    """'This summary was written by software and checked by our editors.', 'Put together automatically from 65
    reports; check the original coverage.', 'Key points (auto-generated)': the page saying a machine made a text.

    Told by its words alone, it would take a sentence of a story about software ('articles written with AI tools');
    machine_notes asks it only of the lines heading the article, above its first paragraph."""
    if line.words > MACHINE_NOTICE_WORDS:
        return False
    tokens = {word.strip(".,:;!?\"'()[]’‘“”").lower() for word in line.text.split()}
    if tokens & _MADE_BY_MACHINE:
        return True
    return line.sentence_end and bool(tokens & _AUTOMATION_WORDS) and bool(tokens & _MAKING_WORDS)


def machine_notes(lines: Sequence[Line], first: int, last: int) -> set[int]:
    """The machine notices heading the article (lines[first..last]) above its first paragraph (a prose line that is
    no such notice), and the points of the summary box such a notice closes under its heading that says the same
    ('Key points (auto-generated)' over two points over 'This summary was written by software.')."""
    found: set[int] = set()
    for index in range(first, min(last + 1, first + HEAD_REACH)):
        line = lines[index]
        if is_machine_notice(line):
            heading = max((other for other in found if index - other <= SUMMARY_BOX_LINES + 1), default=None)
            found.update(range(heading, index + 1) if heading is not None else (index,))
        elif line.is_prose and line.sentence_end and not line.text.startswith(_POINT_MARKS):
            break  # (the article's first paragraph; a box's point, '• Outlets agree on the facts.', goes on)
    return found
