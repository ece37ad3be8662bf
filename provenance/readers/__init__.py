"""Readers turn bytes into `Document`s. They own size limits, charsets and format choice.

Readers are registered by kind name in `READERS`; each takes the bytes, the name of their source,
the URL of the copy (if known) and the size limit, and returns the documents the input holds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import BinaryIO

from provenance._exceptions import InputNotFound, InputTooLarge
from provenance.models import Document
from provenance.readers.text import DEFAULT_MAX_BYTES, decode, mark_regions, read_text, text_document

Reader = Callable[..., list[Document]]

READERS: dict[str, Reader] = {"text": read_text}

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "decode",
    "mark_regions",
    "read_path",
    "read_stream",
    "text_document",
]


def _reader(kind: str) -> Reader:
    try:
        return READERS[kind]
    except KeyError:
        raise ValueError(f"unknown input kind {kind!r}; known kinds: {', '.join(sorted(READERS))}") from None


def read_path(
    path: str | os.PathLike[str],
    *,
    kind: str = "text",
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Document]:
    """Read the documents in the file at ``path``; ``-`` reads standard input.

    Raises an `InputError` naming the path when it is missing, a directory, too large, binary or
    empty.
    """
    source = os.fspath(path)
    if source == "-":
        return read_stream(sys.stdin.buffer, "-", kind=kind, url=url, max_bytes=max_bytes)
    reader = _reader(kind)
    if os.path.isdir(source):
        raise InputNotFound(source, "is a directory, not a file")
    try:
        size = os.path.getsize(source)
        if size > max_bytes:
            raise InputTooLarge(source, f"{size:,} bytes is over the limit of {max_bytes:,} bytes")
        with open(source, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputNotFound(source, "no such file") from None
    except PermissionError:
        raise InputNotFound(source, "permission denied") from None
    except OSError as exc:
        raise InputNotFound(source, exc.strerror or "cannot be read") from None
    return reader(data, source, url=url, max_bytes=max_bytes)


def read_stream(
    stream: BinaryIO,
    source: str = "-",
    *,
    kind: str = "text",
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Document]:
    """Read the documents in a binary stream, reading at most one byte past the limit."""
    reader = _reader(kind)
    data = stream.read(max_bytes + 1)
    return reader(data, source, url=url, max_bytes=max_bytes)
