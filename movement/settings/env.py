"""Reading settings from the environment, with clear failures instead of guesses."""

import os

TRUE_WORDS = {"1", "true", "yes", "on"}


def env_str(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() in TRUE_WORDS


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_list(name, default=()):
    """A comma-separated list; blank items are dropped."""
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def missing_variables(names):
    return [name for name in names if not env_str(name)]


def require_variables(names, settings_name):
    """Stop start-up with one line that names every missing variable."""
    missing = missing_variables(names)
    if missing:
        raise SystemExit(
            f"{settings_name} settings refuse to start: set the environment "
            f"variable(s) {', '.join(missing)}."
        )
