"""Reading aids a page sets in or after a story: glossary boxes and questions to the reader about the story.

Pages written for learners (a classroom edition, a language course, a reading app) put a box of words between a
story's paragraphs ('Word to know' over 'contend: to argue or claim something') and questions for discussion after
it ('Which source in the story do you trust most, and why?'). Neither is the story's text. A glossary entry is told
by its shape: a term in lower case, a colon, a short definition in lower case, under a short heading or beside
another entry. Questions to the reader come in a block of two or more short question lines, one of them about the
text itself (English words: the story, the article, its reporter).
"""

from __future__ import annotations

import re

from converter.textdump.fields import GLOSSARY, read_field
from converter.textdump.lines import Line

HEADING_WORDS = (
    5  # the longest heading over a glossary entry or a block of questions ('Word to know', 'Think about it')
)
GLOSSARY_WORDS = 16  # the longest glossary entry, term and definition
QUESTION_WORDS = 30  # the longest question to the reader ('What is the main idea? Give two details.')
MIN_QUESTIONS = 2  # question lines in a row that make a block of questions to the reader
# (English) words naming the text the reader has read, or its writer: a question about them asks the reader.
_TEXT_WORDS = re.compile(
    r"\b(?:story|stories|article|articles|text|passage|piece|report|reporter|reporters|author|writer|headline)\b",
    re.IGNORECASE,
)


def reading_aids(lines: list[Line]) -> list[int]:
    """The lines of glossary boxes and of blocks of questions to the reader, with the short heading over each."""
    found: set[int] = set()
    entries = [line.index for line in lines if glossary_entry(line)]
    marked = set(entries)
    for index in entries:
        above = index - 1
        # (an entry under a short heading, or beside another: a lone 'pros: light and cheap' in a list is no box)
        if above >= 0 and _heading(lines[above]):
            found.update((above, index))
        elif above in marked or index + 1 in marked:
            found.add(index)
    if found:
        # (a page that glosses its words in boxes glosses them all alike: an entry whose heading the page set apart
        # from it, or that stands alone between two paragraphs, is one too)
        found.update(entries)
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _question(lines[end]):
            end += 1
        block = lines[index:end]
        if len(block) >= MIN_QUESTIONS and any(_TEXT_WORDS.search(line.text) for line in block):
            found.update(range(index, end))
            if index >= 1 and _heading(lines[index - 1]):
                found.add(index - 1)
        index = end + 1
    return sorted(found)


def glossary_entry(line: Line) -> bool:
    """'contend: to argue or claim something': a term in lower case, a colon, a short definition in lower case."""
    text = line.text
    if not 3 <= line.words <= GLOSSARY_WORDS or ": " not in text:
        return False
    entry = read_field(text, GLOSSARY)  # (a definition of two words or more)
    return entry is not None and len(entry.value.split()) >= 2


def _heading(line: Line) -> bool:
    return 1 <= line.words <= HEADING_WORDS and not line.sentence_end and line.text[:1].isupper()


def _question(line: Line) -> bool:
    """A short question line: it ends with a question mark, or asks one and then calls for an answer ('What is the main
    idea? Give two details that support it.')."""
    text = line.text
    if not 3 <= line.words <= QUESTION_WORDS:
        return False
    return text.endswith("?") or ("? " in text and text.endswith("."))
