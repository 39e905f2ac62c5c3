"""A byline string → the list of names it credits.

"By Tom Krisher, AP Auto Writer" → ["Tom Krisher"]; "By A, B and C" → ["A", "B", "C"].
Job titles, news agencies beside a person, the publication's own name, e-mail addresses and "Updated ..."
tails are dropped: the Article contract wants names, never a byline string. An organisation credited
alone ("By The Associated Press") is the author (organisation_name), as news labels have it.
"""

from __future__ import annotations

import re

# Words that make a byline part a job title or an organisation rather than a person.
_ROLE_TEXT = """
    writer writers staff editor editors editorial reporter reporters correspondent correspondents
    contributor contributors contributing columnist columnists journalist journalists producer
    photographer photographers team desk bureau newsroom wire wires service services agency
    press associated reuters afp ap upi dpa efe ansa bloomberg guest senior chief associate
    managing executive deputy special national international political business sports auto
    science health technology tech opinion analyst analysts media news newsletter author authors
    published updated posted inc ltd llc company
    online digital partner partners sponsored content via source sources photo photos image images
    video getty shutterstock contributed report reports
"""
# (English) nouns that name a newspaper: the capitalised words before one are its place, not a person
# ("Dana Reyes, Harbour Examiner" is a writer and her outlet; "Hill Valley Chronicle" is no one).
_OUTLET_WORDS = frozenset(
    """
    gazette examiner sentinel observer chronicle courier telegraph dispatch bulletin journal times post daily
    herald tribune magazine ledger review beacon weekly monitor inquirer register news record report today tech
    """.split()  # noqa: SIM905
)
_DESK_WORDS = frozenset(_ROLE_TEXT.split())
_ROLE_WORDS = _DESK_WORDS | _OUTLET_WORDS
_LEADING_BY = re.compile(
    r"^\s*(?:written\s+by|reported\s+by|words\s+by|story\s+by|by|von|por|par|di|oleh|автор)"
    r"[:\s]+",
    re.IGNORECASE,
)
# A credit label by its shape: up to two words before "by" ("Analysis by", "Posted by", "Reporting by"),
# or one word and a colon ("Words:", "Text:"), or a dash ("— Jane Doe").
_LABEL = re.compile(r"^\s*(?:(?P<label>(?:[^\W\d_]+\s+){1,2})by\b:?|[^\W\d_]+\s*:|[—–-])\s*", re.IGNORECASE)
_BARE_LABEL = re.compile(r"^\s*(?:[^\W\d_]+\s*:|[—–-])")
# "Amie Mock as told to Heather Eastman": the subject speaks, the writer is the one told.
_TOLD_TO = re.compile(r"^.*?\bas told to\b\s*", re.IGNORECASE)
# A sponsor's credit ("Presented by A", "Sponsored by A", "Brought to you by A", "Powered by A"): words of the
# language for paying for a piece, not for writing it.
SPONSOR_WORDS = r"\b(?:present|sponsor|brought|powered|supported|funded|paid|underwritten|promot|advertis)"
# Credits of people who did not write the piece ("Editing by", "Photos by", "Cover: A / Agency"), and of those who
# picked it for readers or summed it up ("Curated by", "Selected by", "Summary by"): the language's role words,
# not a layout's wording.
# (A voice reading the piece aloud, "Narrated by A", "Read by A", "Voiced by A"; "Source: Outlet" names where the
# piece came from, not who wrote it.)
_NOT_WRITER = re.compile(
    r"edit|photo|pictures|\bcover\b|illustrat|graphic|video|translat|fact|design|produc"
    r"|\b(?:curat|select|pick|shared|recommend|saved|flipped|summar)|narrat|voice|^\s*read\b|\bsource|" + SPONSOR_WORDS,
    re.IGNORECASE,
)
# Letters after a name ("MS, RDN, LD", "NSCA-CPT", "PhD"): credentials, not more names.
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,6}(?:-[A-Z]{2,6})?|Ph\.?D\.?|M\.?D\.?)$")
_TAIL = re.compile(
    r"(?:(?<!\s)\s*|(?<=\s))(?:\||•|·|—|–|\s-\s|\bupdated\b|\bpublished\b|\bposted\b|\bon\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\d{1,2}:\d\d|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d\d\b).*$",
    re.IGNORECASE,
)
# Only from the start of a word: tried at every character of a long word with no "@", it was quadratic.
_EMAIL = re.compile(r"(?<!\S)\S+@\S+")
# "Meg JamesStaff Writer": a role glued to the name by a lost line break.
_GLUED_ROLE = re.compile(
    r"(?<=[a-z])(?=(?:Staff|Senior|Contributing|Special|Associate|Chief|Editor|Reporter|Writer)\b)"
)
# One-letter connectives ("e", "y") only in lower case: "Sarah E. Needleman" has a middle initial.
# White space before a separator is matched from the start of its run only (`(?<!\s)`, or none after a
# match that took it): a bare `\s*` was tried from every space of a long run, quadratic.
_SEPARATORS = re.compile(
    r"(?:(?<!\s)\s*|(?<=\s))"
    r"(?:,|;|&|\band\b|\bund\b|(?-i:\be\b|\by\b)|\bet\b|\bdan\b|\bи\b|\bwith\b)\s*",
    re.IGNORECASE,
)
_NON_WORD = re.compile(r"\W+")
_NAME_WORD = re.compile(r"^[\w.'’-]+$")
# Common words that never appear in a person's name: they tell a UI line or a sentence from a name.
_COMMON_TEXT = """
    a an the our your my his her their its this that these those to of in on at for from with about
    is are was were be been has have had do does did will can could would should may might must
    try get read more sign log join follow share download subscribe about contact home menu search
    new all top most best latest popular related comments comment privacy terms cookies policy
    not no yes now here there what which who how why when where you we they it he she i me us
"""
_COMMON = frozenset(_COMMON_TEXT.split())
# Common words that are also given names: capitalised and first of a longer name, a person ("Will Shanklin").
_GIVEN_NAMES = frozenset({"will", "may"})


def _without_brackets(text: str) -> str:
    """`text` with each "(…)" replaced by a space, as a lazy `(.*?)` pattern would on one line.

    By hand because that pattern is quadratic on a run of unclosed "(": it scans to the end of the text
    from each one. Here, once a "(" has no ")" after it, no later "(" has one either: stop.
    """
    parts: list[str] = []
    start = 0
    while (opening := text.find("(", start)) >= 0 and (closing := text.find(")", opening + 1)) >= 0:
        parts += (text[start:opening], " ")
        start = closing + 1
    parts.append(text[start:])
    return "".join(parts)


def split_authors(byline: str, publication: str | None = None, *, declared: bool = False) -> list[str]:
    """Person names credited by `byline`, in order, without duplicates.

    `declared`: the markup declares the string a person's name (a JSON-LD Person, a <meta> author), so a
    common word that is also a given name may open it ("Will Shanklin"); in running text "May Day" is no one.
    """
    if not byline:
        return []
    text = " ".join(byline.split())
    text = _GLUED_ROLE.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _LEADING_BY.sub("", _TOLD_TO.sub("", text))
    # After a bare label ("Tags: Politics", "— Reuters") one word is a topic as often as a name.
    bare_label = bool(_BARE_LABEL.match(text))
    text = _credit(text) or text  # a credit of no writer is dropped with its part, below
    text = _TAIL.sub("", text)
    text = _without_brackets(text)
    publication_key = _key(publication) if publication else None
    names: list[str] = []
    dropped = False
    for part in _SEPARATORS.split(text):
        part = _credit(_LEADING_BY.sub("", part.strip(" .:-–—")))
        if part is None:
            continue  # "Editing by …": credited, but not as a writer
        part = _without_credentials(part)
        name = _clean_name(part, declared=declared) or _name_before_role(part)
        if not name or (publication_key and _key(name) == publication_key):
            dropped = dropped or bool(part)
            continue
        if name not in names:
            names.append(name)
    # Beside an agency or a role ("Reuters, Washington"), a lone word is a place or a desk, not a person;
    # beside a full name ("Victor Tangermann, Futurism"), it is the publication the writer works for.
    if dropped or bare_label or any(" " in name for name in names):
        names = [name for name in names if " " in name]
    return names


# Lower-case words after an outlet's name that make it its newsroom ("Harbour Courier staff"): dropped. (English.)
NEWSROOM_TAIL = frozenset(("staff", "writers", "reporters", "reporter", "desk", "team", "editors", "wire", "report"))
# Lower-case words inside an organisation's name ("University of Tokyo", "Department for Transport"). (English.)
_ORGANISATION_JOINS = frozenset(("of", "the", "and", "&", "for", "on"))
# News agencies named by one word: a credit of that word alone is theirs.
_AGENCIES = frozenset(("reuters", "afp", "ap", "upi", "dpa", "efe", "ansa", "bloomberg"))
_ORGANISATION_WORDS = 6
# (English) nouns of bodies that sign a story, beside the role and outlet words ("Harvard Medical School").
_INSTITUTION_WORDS = frozenset(
    (
        "university", "institute", "college", "school", "academy", "foundation", "society", "association",
        "council", "ministry", "department", "centre", "center", "laboratory", "laboratories", "labs",
        "hospital", "museum", "library", "newsroom",
    )
)  # fmt: skip


def organisation_name(credit: str) -> str | None:
    """The organisation a credit names when it names it alone ('The Associated Press', 'Harbour Courier staff' →
    'Harbour Courier', 'News Staff', 'University of Tokyo', 'AJLabs'), or None.

    For a credit that gives no person (ask split_authors first): an agency, a newsroom or an institution then
    wrote the piece, and is its author. One ordinary word ('Invitation') names a column, not an organisation:
    a single word must be an agency's or written as a name of its own (capitals inside: 'AJLabs', 'NPR').
    """
    text = " ".join(credit.split())
    text = _LEADING_BY.sub("", text)
    text = _TAIL.sub("", _without_brackets(text))
    # (Only a comma or a semicolon ends the name: "and" and "&" join words of one, "Johnson & Johnson".)
    part = re.split(r"[,;]", text, maxsplit=1)[0].strip(" .:-–—")
    words = part.split()
    if part.isupper() and len(words) > 1:
        words = [
            word.lower() if i and word.lower() in _ORGANISATION_JOINS else word.capitalize()
            for i, word in enumerate(words)
        ]
    while words and words[-1] in NEWSROOM_TAIL:
        words.pop()
    if not 1 <= len(words) <= _ORGANISATION_WORDS or any(ch.isdigit() for ch in part):
        return None
    if not all(word == "&" or _NAME_WORD.match(word) for word in words) or not words[-1][0].isupper():
        return None
    lower = [word.lower() for word in words]
    if any(not word[0].isupper() and low not in _ORGANISATION_JOINS for word, low in zip(words, lower, strict=True)):
        return None
    if any(low in _COMMON and low not in _ORGANISATION_JOINS for low in lower):
        return None  # ("Read More", "Sign In")
    if all(low in NEWSROOM_TAIL or low in _ORGANISATION_JOINS for low in lower):
        return None  # ("The Staff")
    if len(words) == 1 and not (
        lower[0] in _AGENCIES or (len(words[0]) > 1 and any(c.isupper() for c in words[0][1:]))
    ):
        return None
    if len(words) > 1 and not any(low in _ROLE_WORDS or low in _INSTITUTION_WORDS for low in lower):
        return None  # a column's or a section's name ("By The Numbers"), not a body's
    return " ".join(words)


# Credits of those who added to a writer's story ("Additional reporting by", "Contributing:", "Also contributing:"):
# the language's words for an addition (English). They name the writer only on a page that credits no one else.
_CONTRIBUTOR = re.compile(r"\b(?:additional|further|extra|also|contributing)\b", re.IGNORECASE)


def credits_contributor(label: str) -> bool:
    """True for the label of a contributor's credit ('Additional reporting by', 'Contributing:')."""
    return bool(_CONTRIBUTOR.search(label))


# A label crediting the writing beside another role ("Words and pictures:", "Text & photos by"): the writer's
# credit still (English words of writing).
_WRITING = re.compile(r"^\s*(?:words|text|story|writing|written|reporting)\s+(?:and|&)\s", re.IGNORECASE)


def credits_writer(label: str) -> bool:
    """False for a credit label of someone who did not write the piece ('Editing by', 'Photography:'); a label
    naming the writing first and another role after it ('Words and pictures:') credits the writer."""
    return not _NOT_WRITER.search(label) or bool(_WRITING.match(label))


def _credit(text: str) -> str | None:
    """The names after a credit label ('Analysis by', 'Words:', '—'); None when it credits no writer."""
    match = _LABEL.match(text)
    if not match:
        return text
    # ("Editing by", and a colon's label too: "Photography: A")
    if not credits_writer(match.group("label") or match.group(0)):
        return None
    return text[match.end() :]


def _without_credentials(part: str) -> str:
    """'Lauren Manaker MS' → 'Lauren Manaker'; two words of name at least remain.

    Only beside a name in mixed case: in 'BY LIZ STINSONLONG READ' every word looks like letters after a name.
    """
    if part.isupper():
        return part
    words = part.split()
    while len(words) > 2 and _CREDENTIAL.match(words[-1]):
        words.pop()
    return "" if len(words) == 1 and _CREDENTIAL.match(words[0]) else " ".join(words)


def _name_before_role(part: str) -> str | None:
    """'Meg James Staff Writer' → 'Meg James': a name followed by its role, no comma between."""
    words = part.split()
    for position, word in enumerate(words):
        low = word.lower().strip(".,")
        if low in _ROLE_WORDS:
            # (An outlet's noun closing the words names the outlet, "Quarry Hill News"; one that is a newsroom's word
            # too, before a job, names the desk: "Meg James News Editor".)
            if low in _OUTLET_WORDS and (low not in _DESK_WORDS or position == len(words) - 1):
                return None
            while position and words[position - 1].lower() in _COMMON:
                position -= 1  # "John O'Connor The Associated Press"
            return _clean_name(" ".join(words[:position])) if position >= 2 else None
    return None


# (English) nouns of a news agency, beside the institutions': a body that signs stories for others to carry. (Not
# "service": "The Northern Wire Service" alone under a headline is as often the outlet's chip.)
_AGENCY_NOUNS = frozenset(("press", "agency", "agencies"))


def names_signing_body(name: str) -> bool:
    """An agency's or an institution's name, which signs a story as a person does ('The Associated Press',
    'University of Tokyo'); not a newsroom's desk, a section or a list ('News & Politics', 'Sponsored Links'), nor
    one word alone ('Reuters', 'AP' over a story are its source's chip as often; 'SiteName', 'TagWords')."""
    words = name.split()
    return len(words) > 1 and any(word.lower() in _AGENCY_NOUNS or word.lower() in _INSTITUTION_WORDS for word in words)


def names_outlet(name: str) -> bool:
    """A name closed by a newspaper's noun ('Harbour Dispatch', 'Kettle Bay News', 'The Daily Ledger'): an outlet's."""
    words = name.split()
    return bool(words) and words[-1].lower().strip(".,") in _OUTLET_WORDS


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words, no role word: 'Maeve McClenaghan', 'Ted R. Bromund'."""
    return _clean_name(text) == " ".join(text.split())


def _clean_name(part: str, *, declared: bool = False) -> str | None:
    if part.isupper():
        part = part.title()
    words = part.split()
    if not 1 <= len(words) <= 5:
        return None
    if any(_role_word(word.lower().strip(".,")) for word in words):
        return None
    if any(word.lower() in _COMMON and not (declared and _given_name(words, i)) for i, word in enumerate(words)):
        return None
    if not all(_NAME_WORD.match(word) for word in words):
        return None
    if any(ch.isdigit() for ch in part):
        return None
    # Names are capitalised (allow particles such as 'de', 'van', 'al-').
    capitalised = [word for word in words if word[0].isupper()]
    if len(capitalised) < max(1, len(words) - 2) or not words[-1][0].isupper():
        return None
    if len(words) == 1 and len(words[0]) < 3:
        return None
    # Acronyms ("AI", "USA") are not names; initials carry a dot ("R.").
    if any(len(word) <= 3 and word.isupper() and "." not in word and len(word) > 1 for word in words):
        return None
    return " ".join(words)


# (English) nouns of a newsroom's people: the last word of a job title ("Staff reporter", "Community editor").
_JOB_NOUNS = frozenset(
    "writer editor reporter correspondent contributor columnist journalist producer photographer analyst".split()  # noqa: SIM905
)
ROLE_LINE_WORDS = 4  # the longest job title on a line of its own


def is_job_title(text: str) -> bool:
    """'Staff reporter', 'Senior science correspondent': a short line naming a job, closed by a newsroom's noun."""
    words = text.split()
    return (
        1 <= len(words) <= ROLE_LINE_WORDS
        and words[-1].lower() in _JOB_NOUNS
        and not any(char.isdigit() for char in text)
        and text[:1].isupper()
    )


def _role_word(word: str) -> bool:
    """A role or an outlet's word, or its plural ("Videos", "Editors")."""
    return word in _ROLE_WORDS or (word.endswith("s") and word[:-1] in _ROLE_WORDS)


def _given_name(words: list[str], position: int) -> bool:
    """'Will' in 'Will Shanklin': a common word that opens a name of two words or more, capitalised."""
    word = words[position]
    return position == 0 and len(words) >= 2 and word[0].isupper() and word.lower() in _GIVEN_NAMES


def _key(text: str) -> str:
    return _NON_WORD.sub("", text).lower()
