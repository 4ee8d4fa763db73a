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
        if key not in PRODUCTION_ENV
        and key not in ("REDIS_URL", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT")
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
    # Static files and kept pages leave already compressed; pages are compressed
    # below the page cache, which keeps the compressed copy (movement/page_cache.py).
    assert middleware[:5] == [
        "movement.page_cache.PageCacheMiddleware",
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
        "django.middleware.http.ConditionalGetMiddleware",
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


def test_hsts_covers_subdomains_and_preload_only_when_asked():
    names = ("SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS")
    names += ("SECURE_HSTS_PRELOAD", "SILENCED_SYSTEM_CHECKS")
    default = settings_of("movement.settings.production", PRODUCTION_ENV, *names)
    assert default.returncode == 0, default.stderr
    values = json.loads(default.stdout)
    assert values["SECURE_HSTS_SECONDS"] == 365 * 24 * 60 * 60
    assert not values["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert not values["SECURE_HSTS_PRELOAD"]
    # Django's deployment check would otherwise warn of the deliberate choice in CI.
    # (W003 always: our CSRF middleware has its own check, movement.W003.)
    assert set(values["SILENCED_SYSTEM_CHECKS"]) == {
        "security.W003",
        "security.W005",
        "security.W021",
    }

    env = dict(
        PRODUCTION_ENV, SECURE_HSTS_INCLUDE_SUBDOMAINS="1", SECURE_HSTS_PRELOAD="1"
    )
    opted_in = json.loads(
        settings_of("movement.settings.production", env, *names).stdout
    )
    assert (
        opted_in["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and opted_in["SECURE_HSTS_PRELOAD"]
    )
    assert opted_in["SILENCED_SYSTEM_CHECKS"] == ["security.W003"]


def test_production_pages_upgrade_any_http_address_they_name():
    result = settings_of(
        "movement.settings.production", PRODUCTION_ENV, "CONTENT_SECURITY_POLICY"
    )
    directives = json.loads(result.stdout)["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert directives["upgrade-insecure-requests"] is True


def test_redis_failures_are_cache_misses_and_quick():
    env = dict(PRODUCTION_ENV, REDIS_URL="redis://redis.example.org:6379/0")
    result = settings_of("movement.settings.production", env, "CACHES")
    caches = json.loads(result.stdout)["CACHES"]
    for alias in ("default", "renditions"):
        options = caches[alias]["OPTIONS"]
        assert caches[alias]["BACKEND"] == "django_redis.cache.RedisCache"
        assert options["IGNORE_EXCEPTIONS"] is True
        assert options["SOCKET_CONNECT_TIMEOUT"] <= 0.1
        assert options["SOCKET_TIMEOUT"] <= 0.1
    assert caches["default"]["KEY_PREFIX"] != caches["renditions"]["KEY_PREFIX"]


def test_web_processes_cut_a_runaway_statement_and_commands_do_not():
    web = dict(PRODUCTION_ENV, DATABASE_STATEMENT_TIMEOUT_MS="15000")
    result = settings_of("movement.settings.production", web, "DATABASES")
    options = json.loads(result.stdout)["DATABASES"]["default"]["OPTIONS"]
    assert options["options"] == "-c statement_timeout=15000"
    command = settings_of("movement.settings.production", PRODUCTION_ENV, "DATABASES")
    assert "statement_timeout" not in command.stdout


def test_the_gunicorn_configuration_threads_and_sets_the_statement_timeout():
    gunicorn = Path(sys.executable).parent / "gunicorn"
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("GUNICORN")}
    result = subprocess.run(
        [str(gunicorn), "-c", "movement/gunicorn.conf.py", "--print-config"]
        + ["movement.wsgi"],
        cwd=PROJECT,
        env={**clean_env, **PRODUCTION_ENV, "WEB_CONCURRENCY": "3"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    printed = dict(
        line.split("=", 1) for line in result.stdout.splitlines() if "=" in line
    )
    printed = {key.strip(): value.strip() for key, value in printed.items()}
    assert printed["worker_class"] == "gthread"
    assert int(printed["threads"]) >= 2
    assert printed["workers"] == "3"
    assert printed["bind"] == "['127.0.0.1:8000']"
    assert int(printed["timeout"]) == 30 and int(printed["graceful_timeout"]) == 30

    read = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, runpy; runpy.run_path('movement/gunicorn.conf.py');"
            " print(os.environ['DATABASE_STATEMENT_TIMEOUT_MS'])",
        ],
        cwd=PROJECT,
        env={
            k: v for k, v in clean_env.items() if k != "DATABASE_STATEMENT_TIMEOUT_MS"
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert read.stdout.strip() == "15000"


def test_production_keeps_documents_beside_media_kept_elsewhere():
    env = dict(PRODUCTION_ENV, MEDIA_ROOT="/srv/site/media")
    result = settings_of("movement.settings.production", env, "DEBUG")
    assert result.returncode == 1
    assert "PRIVATE_MEDIA_ROOT" in result.stderr
    env["PRIVATE_MEDIA_ROOT"] = "/srv/site/private_media"
    result = settings_of("movement.settings.production", env, "STORAGES")
    assert result.returncode == 0, result.stderr
    assert "/srv/site/private_media" in result.stdout
