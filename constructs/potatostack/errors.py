class ConfigError(Exception):
    """A mistake in settings.yaml or in a service declaration.

    Its message is the one line a user sees: it names the service (or the settings
    field) and what is wrong, so synth can stop without a traceback.
    """


def describe_import_error(error: Exception) -> str:
    """What went wrong in a module that failed to import, and on which of its lines."""
    if isinstance(error, SyntaxError):
        return f"line {error.lineno}: {error.msg}"
    line = None
    traceback = error.__traceback__
    while traceback is not None:
        # the innermost frame in a service declaration is the line the owner wrote
        if "/services/" in traceback.tb_frame.f_code.co_filename:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    where = f"line {line}: " if line else ""
    return f"{where}{type(error).__name__}: {error}"
