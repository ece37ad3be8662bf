"""The exceptions `provenance` raises, one hierarchy.

::

    ProvenanceError                 anything the library reports to a user
    ├── InputError                  a file or stream cannot be read as a document
    │   ├── InputNotFound           the path does not exist, or is a directory
    │   ├── InputTooLarge           the input is over the size limit
    │   ├── BinaryInput             the input is not text (an image, an archive, ...)
    │   └── EmptyInput              the input holds no text at all
    ├── RegistryError               an outlet registry file is missing or malformed
    ├── CasesError                  a labelled case set cannot be read
    ├── StoreError                  the store cannot be opened, or is not a provenance store
    ├── RenderError                 a format cannot be made here (a program it needs is missing)
    └── ReferenceNotFound           no article (or more than one) matches a reference
        └── OutletNotFound          no outlet matches a name, id or domain

Every message names the offending file, URL or id, so that the CLI can print it as one line.
"""

from __future__ import annotations


class ProvenanceError(Exception):
    """Base class of every error `provenance` reports to a user."""


class InputError(ProvenanceError):
    """A file or stream cannot be read as a document."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Made again from its two parts when it travels from an ingest worker to the writer.
        return type(self), (self.source, self.reason)


class InputNotFound(InputError):
    """The path does not exist or is not a regular file."""


class InputTooLarge(InputError):
    """The input is larger than the configured limit."""


class BinaryInput(InputError):
    """The input is binary data, not text."""


class EmptyInput(InputError):
    """The input holds no text."""


class RegistryError(ProvenanceError):
    """An outlet registry file is missing or malformed."""


class CasesError(ProvenanceError):
    """A labelled case set cannot be read."""


class StoreError(ProvenanceError):
    """The store cannot be opened, or the file is not a provenance store."""


class ReferenceNotFound(ProvenanceError):
    """No article matches a reference (a URL, a key, a path or title words), or several do."""

    def __init__(self, ref: str, candidates: tuple[str, ...] = ()) -> None:
        self.ref = ref
        self.candidates = candidates
        if candidates:
            count = f"more than {len(candidates) - 1}" if len(candidates) > 50 else str(len(candidates))
            listed = "\n  ".join(candidates[:50])
            message = f"{ref!r} matches {count} articles; give one of them:\n  {listed}"
        else:
            message = f"no article matches {ref!r} (try a URL, an article id, an ingested file's path or title words)"
        super().__init__(message)


class OutletNotFound(ReferenceNotFound):
    """No outlet in the store matches a name, id or domain."""

    def __init__(self, ref: str, suggestions: tuple[str, ...] = ()) -> None:
        self.ref = ref
        self.candidates = suggestions
        hint = (
            f" (did you mean {', '.join(suggestions)}?)"
            if suggestions
            else " (`provenance outlets` lists them)"
        )
        ProvenanceError.__init__(self, f"no outlet matches {ref!r}{hint}")


class RenderError(ProvenanceError):
    """A format cannot be made here (a program it needs is missing, or it failed)."""
