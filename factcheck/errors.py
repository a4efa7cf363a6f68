"""User-facing errors: the CLI prints their message as one line and exits 1."""


class FactcheckError(Exception):
    """A mistake the user can fix (bad id, bad file, quote not found...): no traceback.

    `fields` names the inputs at fault in the services' own words (`note`, `url`); the CLI
    adds its flags for them (`--note`), so no service writes a command-line option.
    """

    def __init__(self, message: str, *, fields: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.fields = fields


class NotFound(FactcheckError):
    """An id or name that does not exist."""


class BadInput(FactcheckError):
    """A file or value factcheck refuses to store."""


class ConflictError(FactcheckError):
    """Someone else changed the row first; the user can retry."""


class OverrideRequired(BadInput):
    """The review would replace someone's assignment or recent verdict: ask for --override."""


class DatabaseNotReady(FactcheckError):
    """The database is not initialised, or newer than this code."""
