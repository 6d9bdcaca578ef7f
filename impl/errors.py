"""The one exception xval raises for unusable input (exit code 2 at the CLI)."""


class InputError(ValueError):
    """Input that xval cannot use: the message names the file, what was expected,
    what was found and what to do, in one line."""
