"""Settings come from the environment; production refuses to start half-configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-" + "k" * 40,
    "DATABASE_URL": "postgres://movement:secret@db.example.org:5432/movement",
    "ALLOWED_HOSTS": "www.example.org,example.org",
    "WAGTAILADMIN_BASE_URL": "https://www.example.org",
}


def settings_of(module, env, *names):
    """Import a settings module in a clean process and print the named settings."""
    code = (
        f"import importlib, json; s = importlib.import_module('{module}'); "
        f"print(json.dumps({{n: getattr(s, n) for n in {list(names)!r}}}, default=str))"
    )
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_ENV and key != "REDIS_URL"
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_names_every_missing_variable_on_one_line():
    result = settings_of("movement.settings.production", {}, "DEBUG")
    assert result.returncode == 1
    message = result.stderr.strip()
    assert "\n" not in message
    for name in PRODUCTION_ENV:
        assert name in message


def test_production_names_only_what_is_missing():
    env = dict(PRODUCTION_ENV, SECRET_KEY="")
    result = settings_of("movement.settings.production", env, "DEBUG")
    assert result.returncode == 1
    assert "SECRET_KEY" in result.stderr
    assert "DATABASE_URL" not in result.stderr


def test_production_reads_everything_from_the_environment():
    env = dict(
        PRODUCTION_ENV,
        REDIS_URL="redis://127.0.0.1:6379/3",
        CSRF_TRUSTED_ORIGINS="https://www.example.org,https://example.org",
    )
    result = settings_of(
        "movement.settings.production",
        env,
        "DEBUG",
        "ALLOWED_HOSTS",
        "DATABASES",
        "CACHES",
        "CSRF_TRUSTED_ORIGINS",
        "SECRET_KEY",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["www.example.org", "example.org"]
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["HOST"] == "db.example.org"
    assert database["CONN_MAX_AGE"] == 600
    assert database["CONN_HEALTH_CHECKS"] is True
    assert values["CACHES"]["default"]["BACKEND"].endswith("RedisCache")
    assert values["CSRF_TRUSTED_ORIGINS"] == [
        "https://www.example.org",
        "https://example.org",
    ]


def test_csrf_origin_defaults_to_the_admin_address():
    result = settings_of(
        "movement.settings.production", PRODUCTION_ENV, "CSRF_TRUSTED_ORIGINS"
    )
    assert result.returncode == 0, result.stderr
    assert "https://www.example.org" in result.stdout


def test_production_compresses_pages_after_static_files():
    result = settings_of("movement.settings.production", PRODUCTION_ENV, "MIDDLEWARE")
    assert result.returncode == 0, result.stderr
    middleware = json.loads(result.stdout)["MIDDLEWARE"]
    assert middleware[1:3] == [
        "whitenoise.middleware.WhiteNoiseMiddleware",
        "django.middleware.gzip.GZipMiddleware",
    ]


@pytest.mark.parametrize("module", ["movement.settings.dev", "movement.settings.test"])
def test_default_database_is_sqlite_with_no_setup(module):
    result = settings_of(module, {"DATABASE_URL": ""}, "DATABASES")
    assert result.returncode == 0, result.stderr
    assert "sqlite3" in result.stdout


def test_languages_can_be_changed_from_the_environment():
    result = settings_of(
        "movement.settings.dev",
        {"MOVEMENT_LANGUAGES": "en,cy"},
        "LANGUAGE_CODE",
        "LANGUAGES",
    )
    assert result.returncode == 0, result.stderr
    assert '"LANGUAGE_CODE": "en"' in result.stdout
    assert "Cymraeg" in result.stdout


def test_machine_translation_is_off_until_a_backend_is_named():
    result = settings_of("movement.settings.dev", {}, "LANGUAGE_CODE")
    assert result.returncode == 0, result.stderr
    named = settings_of(
        "movement.settings.dev",
        {"MACHINE_TRANSLATOR": "deepl", "DEEPL_AUTH_KEY": "key:fx"},
        "WAGTAILLOCALIZE_MACHINE_TRANSLATOR",
    )
    assert named.returncode == 0, named.stderr
    assert "DeepLTranslator" in named.stdout and "key:fx" in named.stdout
    off = settings_of("movement.settings.dev", {}, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    assert "has no attribute 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR'" in off.stderr


def test_an_unknown_machine_translator_is_named_in_the_error():
    result = settings_of(
        "movement.settings.dev", {"MACHINE_TRANSLATOR": "babelfish"}, "DEBUG"
    )
    assert result.returncode != 0
    assert "MACHINE_TRANSLATOR='babelfish'" in result.stderr
    assert "deepl" in result.stderr
