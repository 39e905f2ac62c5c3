"""Errors the converter reports.

    ConverterError            anything the converter reports about one input or the run
    ├── InputError            a raw page that cannot be converted (file and one-line reason)
    │   ├── UnreadableInput   cannot be read at all (permissions, vanished, a loop)
    │   ├── EmptyInput        nothing but white space
    │   ├── BinaryInput       not text (an image, a PDF, an archive)
    │   ├── NoArticle         readable, but no article text was found
    │   ├── TooSlow           still converting when its time limit ran out
    │   └── OutOfMemory       too large to convert in the memory there is
    └── OutputError           DOCS_DIR or a file in it cannot be written

Every error carries the path it is about, so a report can name the file. A `transient` error is
the machine's failure, not the page's: it is reported but never remembered as the page's result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class ConverterError(Exception):
    """Base class: every error the converter raises on purpose."""

    transient = False

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[ConverterError], tuple[str, str]]:
        # Failures cross process boundaries (`--jobs`): rebuild from both fields, not the message.
        return type(self), (self.path, self.reason)


class InputError(ConverterError):
    pass


class UnreadableInput(InputError):
    transient = True


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class NoArticle(InputError):
    pass


class TooSlow(InputError):
    transient = True


class OutOfMemory(InputError):
    transient = True


class OutputError(ConverterError):
    transient = True


def contained(rel: str, convert: Callable[[], T]) -> T | ConverterError:
    """`convert()`, or the error naming `rel` that stands for anything a page's content made it raise:
    the boundary of one page, so that one broken page never stops a run."""
    try:
        return convert()
    except ConverterError as exc:
        return exc
    except RecursionError:
        return ConverterError(rel, "page is nested too deeply to parse")
    except MemoryError:
        return OutOfMemory(rel, "page is too large to convert in memory")
    except Exception as exc:  # noqa: BLE001 - one broken page must never stop a run
        return ConverterError(rel, f"internal error: {type(exc).__name__}: {exc}")
