class ConfigError(Exception):
    """A mistake in settings.yaml or in a service declaration.

    Its message is the one line a user sees: it names the service (or the settings
    field) and what is wrong, so synth can stop without a traceback.
    """
