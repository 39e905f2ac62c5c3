"""Lines of a reader's, a translator's or a forum's frame in a headline's place are no headline: a line introducing
what follows (ending on a colon), a label with an address, a progress or delivery stamp, a breadcrumb trail of
short crumbs, a menu's prompt cut by an ellipsis, a notice about the page itself."""

from converter.textdump import title
from converter.textdump.lines import split_lines
from tests.textdump.test_title_counts import BODY, MORE

HEADLINE = "Harbour town votes to keep its last wooden lighthouse"


def _title(*top: str) -> str | None:
    lines = split_lines("\n".join([*top, BODY, MORE]))
    index = title.find_title(lines, len(top))
    return lines[index].text if index is not None else None


def test_frame_lines_are_no_headline() -> None:
    for frame in (
        "Here is the whole story for you:",
        "The Quay Post wrote:",
        "Copied from: www.quaypost.example.org",
        "Seen at: https://quaypost.example/tides/42",
        "7 min left in chapter",
        "35% read",
        "Delivered Friday 1 March 09:15",
        "Sent to your reader on 4 May",
        "Boards › Town life › Harbour",
        "Jump to…",
        "This article was put into English by software. Some phrases may read oddly.",
    ):
        assert title.reader_line(frame), frame
        assert _title(HEADLINE, "Ann Lee", frame) == HEADLINE, frame
        assert _title(frame, HEADLINE, "Ann Lee") == HEADLINE, frame


def test_headlines_of_such_words_stay_headlines() -> None:
    for headline in (
        HEADLINE,
        "Harbour town: the vote to keep its lighthouse",
        "Ferry delayed 40 minutes as storm hits the quay",
        "Mayor says: we keep the lighthouse",
        "Lighthouse keepers saved 12 lives last winter",
        "Quay Post › Harbour town votes to keep its last wooden lighthouse",
        "What comes next for the harbour...",
        "No, the ferries are not late. Here is the timetable.",
        "This town will keep its lighthouse",
    ):
        assert not title.reader_line(headline), headline
