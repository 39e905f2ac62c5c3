"""Which lines inside the body run belong to the article: a learned decision over line shapes.

The body run (region.py) is the densest stretch of prose; pages set furniture inside it too:
promos, paywall counters, newsletter boxes, notices, reactions. Each line of the run that the
rules kept gets general features (length, function words, final stop, second person, digits,
separators, whether the folder repeats it, its neighbours) and the model `textdump_bodyline`
scores it; a line scoring below the threshold is dropped, and with it the lines of its box
(`boxed_with`: a prompt-shaped neighbour, a short label between two dropped lines).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from converter.dates import find_date
from converter.textdump import prompts
from converter.textdump.asides import framed_in_blocks, is_site_notice, pull_quotes, ui_asides
from converter.textdump.bio import is_bio
from converter.textdump.captions import caption_shape, captions_over_credits, is_credit_line, is_credited_caption
from converter.textdump.credit_lines import sponsor_messages
from converter.textdump.furniture import is_lead_in_link
from converter.textdump.headings import split_run_in_heading
from converter.textdump.lines import Line
from converter.textdump.model import LinearModel, model
from converter.textdump.region import is_nav_like
from converter.textdump.related import header_kind
from converter.textdump.repeated import LEAD, SHAPE_KEYS, WEDGED, is_wedged, lead_key, shapes
from converter.textdump.story_heads import from_outlet

MODEL = "textdump_bodyline"
# A carried story's line or glued piece is dropped at this score: the reader came for the article, and a
# prompt left in a carried copy (a price, a paywall notice) costs more there than one short sentence of it
# lost (on the training set's carried pieces: 1 of 750 story pieces dropped and 10 of 38 prompts kept at
# -2.0, 5 and 1 at this one). The article's own lines are dropped below the model's threshold (-1.75 since
# the tail features: train/textdump_decisions.py).
CARRIED_THRESHOLD = -1.5
# A bio counts where no more than this share of the run's prose follows it: the article's tail.
TAIL_SHARE = 0.25
HEADS_MAX_WORDS = 6  # the longest line taken for the name or role heading over a bio
BOXED_MAX_WORDS = 3  # the longest line that is no sentence taken with the dropped lines on both sides of it


def features(
    lines: Sequence[Line],
    index: int,
    first: int,
    last: int,
    in_folder: bool,
    repeated: frozenset[str] = frozenset(),
    site: str | None = None,
    furniture: Sequence[bool] = (),
) -> dict[str, float]:
    line = lines[index]
    text = line.text
    tokens = line.tokens
    previous = lines[index - 1] if index > first else None
    following = lines[index + 1] if index < last else None
    prompts_around, short_around = _around_counts(lines, index, first, last)
    call = prompts.is_call(tokens, text)
    price = prompts.price_per_period(text)
    prompt_shape = prompts.is_prompt_shaped(tokens, text)
    # A prompt comes in a box: a call, a field's label, a button ("Sign me up") side by side.
    prompt_near = prompts_around > 0
    return {
        "words_le3": float(line.words <= 3),
        "words_4_8": float(4 <= line.words <= 8),
        "words_9_20": float(9 <= line.words <= 20),
        "words_gt40": float(line.words > 40),
        "stop_ratio": line.stop_ratio,
        # A paragraph with a subheading glued to its end (textdump/headings.py) ends a sentence too.
        "sentence_end": float(line.sentence_end or split_run_in_heading(text)[1] is not None),
        "prose": float(line.is_prose),
        "title_case": float(line.is_title_case),
        "all_caps": float(text.isupper()),
        "in_folder": float(in_folder),
        "you": min(1.0, 4 * sum(map(prompts.SECOND_PERSON.__contains__, tokens)) / max(1, len(tokens))),
        "digit_share": line.digit_share,
        # A figure of the story ("a $3m grant", "up 4%"); an offer's price is weighed apart (price_period).
        "money_or_percent": float(("$" in text or "€" in text or "£" in text or "%" in text) and not price),
        "separator": float(" · " in text or " | " in text or " • " in text),
        "ends_colon": float(text.endswith(":")),
        "ends_question": float(text.rstrip("\"'”’").endswith("?")),
        "ends_ellipsis": float(text.endswith(("…", "..."))),
        "starts_mark": float(not text[:1].isalnum() and text[:1] not in "\"'“‘("),
        "nav_like": float(is_nav_like(line)),
        "time": float(line.is_relative_time or (line.words <= 14 and find_date(text) is not None)),
        "list_heading": float(header_kind(line) is not None),
        "prose_before": float(previous is not None and previous.is_prose),
        "prose_after": float(following is not None and following.is_prose),
        "run_edge": float(index - first <= 1 or last - index <= 1),
        # An article ends on a sentence: a short fragment closing the run, with no prose after it, is most
        # often the page's ("Keep reading", a link to the original, a list's label with no list).
        "closing_fragment": float(last - index <= 1 and _is_short(line) and not (following and following.is_prose)),
        # Short lines among short lines are the article's lists and tables; a short line alone
        # between paragraphs was more often set there by the page (the weight learned says so).
        "short_around": short_around / 4,
        "at_sign": float("@" in text),
        "price_period": float(price),
        "call": float(call),
        "names_site": float(prompts.names_site(text, site)),
        "prompt_near": float(prompt_near),
        "short_by_prompt": float(prompt_near and line.words <= 3),
        # The line's template (its numbers masked, or its first words) is on many pages of the folder.
        "shape_in_folder": float(
            not in_folder and _holds_shapes(repeated) and any(key in repeated for key in shapes(line.normalized))
        ),
        # The line's lead-in label ("Label: rest") stands before other rests on many pages of the folder: a
        # template's fixed words (a teaser's "Label: another headline"), whatever the label says.
        "label_in_folder": float(":" in text and _holds_leads(repeated) and lead_key(text) in repeated),
        # A widget's lines come together: a line that is no sentence beside one the furniture rules dropped.
        "beside_furniture": float(bool(furniture) and not line.sentence_end and _beside(furniture, index, first, last)),
        # One feature for every shape a prompt takes (prompts.is_prompt_shaped: a price per period, a
        # line speaking of its own text, a call or a counter addressed to the reader, a teaser's
        # lead-in): its weight is learned from every layout's prompts together and carries over to
        # a layout whose prompts take another of the shapes (a weight per shape does not).
        "prompt_shape": float(prompt_shape),
        # Prompts come in boxes ("This piece is for members." above "Join for $1 a week"): a prompt-shaped
        # line beside another prompt, a furniture line or a line the folder repeats goes with them, where
        # alone it may be a sentence of the story.
        "prompt_in_box": float(prompt_shape and _box_beside(lines, index, first, last, repeated, furniture)),
        # An author's bio ('<Name> is a <role> at ...') in the article's tail, and the name or role heading
        # right over one: the writer's box after the story, where mid-story such a line introduces a source.
        "bio_tail": float(_in_tail(lines, index, first, last) and is_bio(text, line.words)),
        "heads_bio": float(
            following is not None and _in_tail(lines, index + 1, first, last) and _heads_bio(line, following)
        ),
        # An action verb with the page and its reader in a line of no call's shape ('Join our forums to ...',
        # 'Receive offers from us'): 'call' and 'prompt_shape' weigh the button-sized ones.
        "call_to_action": float(not call and not prompt_shape and prompts.is_call_to_action(tokens, text)),
        # A photo's credit under its caption ('Dana Reyes/Harbour Gazette', 'AGENCY / D. Reyes'), which would
        # otherwise be set as a subheading between two paragraphs.
        "credit_line": float(is_credit_line(line)),
    }


# The last folder set asked about, and whether it holds any shape key (a page's lines all ask of one set).
_SHAPED: list[object] = []


def _holds_shapes(repeated: frozenset[str]) -> bool:
    """Whether `repeated` holds a shape key (`repeated.shapes`: '#digits ', '#start ', '#end ').

    Without one no line's shape can be in it, and the shapes (a pattern's substitution and joins) need no making.
    (Other keys start with '#' too: a folder's wedged lines, glued tails and lead-ins are no shapes.)
    """
    return bool(_key_kinds(repeated)[0])


def _holds_leads(repeated: frozenset[str]) -> bool:
    """Whether `repeated` holds a lead-in label's key (`repeated.lead_key`); without one, no label is asked."""
    return bool(_key_kinds(repeated)[1])


def _key_kinds(repeated: frozenset[str]) -> list[object]:
    """(holds a shape key, holds a lead-in key), kept for the last `repeated` asked (one page's lines ask it)."""
    if not (_SHAPED and _SHAPED[0] is repeated):
        _SHAPED[:] = [
            repeated,
            any(key.startswith(SHAPE_KEYS) for key in repeated),
            any(key.startswith(LEAD) for key in repeated),
        ]
    return _SHAPED[1:]


def _beside(furniture: Sequence[bool], index: int, first: int, last: int) -> bool:
    """A line the furniture rules dropped within two lines (a box: call, field label, button)."""
    return bool(furniture) and any(
        furniture[other]
        for other in (index - 2, index - 1, index + 1, index + 2)
        if first <= other <= last and other < len(furniture)
    )


def _box_beside(
    lines: Sequence[Line], index: int, first: int, last: int, repeated: frozenset[str], furniture: Sequence[bool]
) -> bool:
    """The line above or below is a prompt too: furniture by the rules, repeated by the folder, or prompt-shaped."""
    for other in (index - 1, index + 1):
        if not first <= other <= last:
            continue
        line = lines[other]
        if (
            (other < len(furniture) and furniture[other])
            or line.normalized in repeated
            or prompts.is_prompt_shaped(line.tokens, line.text)
        ):
            return True
    return False


# The run last asked about: (lines, first, last, prose words from each line of the run to its end).
_TAIL: list[tuple[Sequence[Line], int, int, list[int]]] = []


def _prose_after(lines: Sequence[Line], first: int, last: int) -> list[int]:
    """Prose words from each line of first..last to the run's end (one more entry: 0, after the last line)."""
    if not (_TAIL and _TAIL[0][0] is lines and _TAIL[0][1] == first and _TAIL[0][2] == last):
        run = lines[first : last + 1]
        after = list(accumulate((line.words if line.is_prose else 0 for line in reversed(run)), initial=0))[::-1]
        _TAIL[:] = [(lines, first, last, after)]
    return _TAIL[0][3]


def _in_tail(lines: Sequence[Line], index: int, first: int, last: int) -> bool:
    """At most TAIL_SHARE of the run's prose words come after the line."""
    if not first <= index <= last or last >= len(lines):
        return False
    after = _prose_after(lines, first, last)
    return after[index - first + 1] <= TAIL_SHARE * after[0]


def _around(lines: Sequence[Line], index: int, first: int, last: int) -> list[Line]:
    return [*lines[max(first, index - 2) : index], *lines[index + 1 : min(last, index + 2) + 1]]


def _is_short(line: Line) -> bool:
    return line.words <= 8 and not line.sentence_end


# The run last asked about: (lines, first, last, running counts of prompt-like lines, of short lines).
_RUN: list[tuple[Sequence[Line], int, int, list[int], list[int]]] = []


def _around_counts(lines: Sequence[Line], index: int, first: int, last: int) -> tuple[int, int]:
    """How many of the (up to four) lines around `index` inside first..last are prompt-like, and how many short.

    Counted from running counts over the run, made once for all its lines: each line is tested once,
    not once for each of the four lines it stands beside.
    """
    if not (first <= index <= last < len(lines)):
        around = _around(lines, index, first, last)
        return sum(other.is_prompt_like for other in around), sum(map(_is_short, around))
    if not (_RUN and _RUN[0][0] is lines and _RUN[0][1] == first and _RUN[0][2] == last):
        run = lines[first : last + 1]
        prompts = list(accumulate((line.is_prompt_like for line in run), initial=0))
        _RUN[:] = [(lines, first, last, prompts, list(accumulate(map(_is_short, run), initial=0)))]
    _, _, _, prompts, shorts = _RUN[0]
    # Positions in the run of the lines two above and two below (clipped to the run), and of the line itself.
    start, at, end = max(first, index - 2) - first, index - first, min(last, index + 2) + 1 - first
    return (
        prompts[at] - prompts[start] + prompts[end] - prompts[at + 1],
        shorts[at] - shorts[start] + shorts[end] - shorts[at + 1],
    )


def dropped(
    lines: Sequence[Line],
    first: int,
    last: int,
    consider: Sequence[int],
    repeated: frozenset[str],
    decision: LinearModel | None = None,
    site: str | None = None,
    furniture: Sequence[bool] = (),
    threshold: float | None = None,
) -> set[int]:
    """The lines of `consider` (inside first..last) the model scores below its threshold (or `threshold`).

    `furniture`: the lines' flags from the furniture rules (a neighbour's flag is a feature).
    """
    decision = decision or model(MODEL)
    below = decision.threshold if threshold is None else threshold
    out = {
        index
        for index in consider
        if decision.score(
            features(lines, index, first, last, lines[index].normalized in repeated, repeated, site, furniture)
        )
        < below
    }
    out |= credited_captions(lines, consider)
    out |= caption_lines(lines, consider)
    out |= lead_in_links(lines, consider)
    out |= ui_asides(lines, consider)
    out |= pull_quotes(lines, consider, first, last)
    out |= {index for index in consider if is_site_notice(lines[index].text, site)}
    if any(key.startswith(WEDGED) for key in repeated):  # (no line is wedged in a folder that shows none)
        out |= {index for index in consider if is_wedged(lines[index].normalized, lines[index].text, repeated)}
    out |= captions_over_credits(lines, consider)
    out |= framed_in_blocks(lines, consider, out, furniture)
    out |= tail_bios(lines, consider, first, last)
    out |= source_chips(lines, consider)
    out |= sponsor_messages(lines, consider)
    return out | boxed_with(lines, consider, out, furniture)


def credited_captions(lines: Sequence[Line], consider: Sequence[int]) -> set[int]:
    """The lines of `consider` that are a photo's caption ending on its credit (captions.is_credited_caption).

    A rule beside the model, not a feature of it: such a caption reads as a paragraph (a sentence, its
    stop), and the model, shown them as a feature, learned them apart and grew laxer on every other line
    of no paragraph's shape (a 'Tap to expand' left in held-out layouts' carried stories). On the labelled
    pages they are the page's: inside the body runs, 982 words of them outside the truth on 10 NAEB sites
    and 11 on Scrapinghub, 30 inside it (one pull quote with its credit, on one Scrapinghub page).
    """
    return {index for index in consider if is_credited_caption(lines[index].text)}


def caption_lines(lines: Sequence[Line], consider: Sequence[int]) -> set[int]:
    """The lines of `consider` shaped as a photo's caption or credit (captions.caption_shape): a credit glued after
    the caption's sentence, a credit phrase at its end, the people placed in the picture, an agency's dateline in
    capitals, a credit on a line of its own.

    A rule beside the model, as credited_captions: shown as a feature (weight -3.7) it lifted NAEB's
    cross-validated body F1 .909 -> .911, but the model refitted without them grew laxer on short lines, and a
    held-out layout's 'Tap to expand' was left in three more carried stories. On the labelled pages these lines are
    the page's: inside the body runs, 70 lines outside the truth on NAEB, none inside it on NAEB, Scrapinghub or
    the aggregator set (one Scrapinghub caption the truth keeps, 'Cover image: ...', the model drops already).
    """
    return {index for index in consider if caption_shape(lines[index])}


def tail_bios(lines: Sequence[Line], consider: Sequence[int], first: int, last: int) -> set[int]:
    """The lines of `consider` in the article's tail that are its writer's bio ('Dana Reyes is a staff writer at
    the Gazette, covering ...': bio.is_bio).

    A rule beside the model, which weighs them with bio_tail (-2.05) but keeps those a sentence's length and stop
    lift back over its threshold (a bio of two sentences scored -1.16). On the labelled pages (text dumps): 1 line
    outside the truth on NAEB, 3 on wceb-train, 1 inside it (wceb-train), none on Scrapinghub.
    """
    return {
        index
        for index in consider
        if _in_tail(lines, index, first, last) and is_bio(lines[index].text, lines[index].words)
    }


def source_chips(lines: Sequence[Line], consider: Sequence[int]) -> set[int]:
    """The lines of `consider` naming a story's outlet after "from" ('From The Harbour Courier', 'via outlet.com':
    story_heads.from_outlet) under a line that is no finished paragraph: a headline's or a date line's chip, the
    source of the story below it (an agency credited under a paragraph, 'via Agency' between two of them, is the
    text's own). Not a bare host: a page's own dateline under its headline may be one ('city.outlet.ca').

    A rule beside the model, which keeps such a line as a subheading's shape over the story's first paragraph. On
    the labelled pages (text dumps) it drops no line the truth keeps on NAEB, Scrapinghub or wceb-train (two image
    credits under a paragraph there, 'via Agency', are kept), nor on the aggregator set.
    """
    return {
        index
        for index in consider
        if from_outlet(lines[index].text)
        and not (index and lines[index - 1].is_prose and lines[index - 1].sentence_end)
    }


def lead_in_links(lines: Sequence[Line], consider: Sequence[int]) -> set[int]:
    """The lines of `consider` that link to another story ('Also: ...', '(MORE: ...)': furniture.is_lead_in_link).

    A rule beside the model: such a line is a teaser's shape (prompt_shape), which the model weighs with a
    paragraph's words and length and keeps as often as not. On the labelled pages: 7 lines outside the truth on
    NAEB, 1 on Scrapinghub, 1 on wceb-train, none inside it (nor on the aggregator set).
    """
    return {index for index in consider if is_lead_in_link(lines[index].text)}


def boxed_with(
    lines: Sequence[Line], consider: Sequence[int], dropped: set[int], furniture: Sequence[bool] = ()
) -> set[int]:
    """The lines of `consider` that go with the dropped ones around them: a prompt comes in a box.

    A prompt-shaped line right beside a line the decision dropped (the notice "This piece is for
    members." over its offer "Join for $1 a week"), and a short line that is no sentence between two
    dropped lines, the decision's or the furniture rules' (a form's field label between its call and
    its button), and the name or role heading right over a dropped bio: the dropped lines vouch for
    them whatever weight the layouts seen in training gave prompt_in_box and heads_bio.
    """

    def gone(index: int) -> bool:
        return index in dropped or (0 <= index < len(furniture) and furniture[index])

    return {
        index
        for index in consider
        if index not in dropped
        and (
            (
                (index - 1 in dropped or index + 1 in dropped)
                and prompts.is_prompt_shaped(lines[index].tokens, lines[index].text)
            )
            or (
                lines[index].words <= BOXED_MAX_WORDS
                and not lines[index].sentence_end
                and gone(index - 1)
                and gone(index + 1)
            )
            or (index + 1 in dropped and _heads_bio(lines[index], lines[index + 1]))
        )
    }


def _heads_bio(line: Line, following: Line) -> bool:
    """A short line that is no sentence, right over an author's bio: the name or role heading the writer's box."""
    return line.words <= HEADS_MAX_WORDS and not line.sentence_end and is_bio(following.text, following.words)


def feature_names() -> list[str]:
    from converter.textdump.lines import make_line

    line = make_line(0, "Some line of text.", frozenset())
    return list(features([line], 0, 0, 0, False))
