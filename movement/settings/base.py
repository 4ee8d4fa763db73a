"""Settings shared by every environment. Environment-specific modules import these."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "campaigns",
    "resources",
    "search",
    "movement",
    "csp",
    "axes",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales, adding "sync from"
    "wagtail.contrib.forms",
    "wagtail_newsletter",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # full-text search on PostgreSQL; harmless on SQLite
    # Background tasks kept in the database, run by `db_worker` (settings/tasks.py).
    # After movement, whose db_worker command (with retries) replaces its own.
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: a kept page skips everything below, and carries what it added.
    "movement.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A browser that has the page gets a 304.
    "django.middleware.http.ConditionalGetMiddleware",
    "movement.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's CSRF check, which trusts the browser's Origin for a public page's form.
    "movement.visitor_forms.csrf.SameOriginCsrfMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "movement.uploads.StorageRefusalMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Hands Wagtail's serve view the site and root page it would look up.
    "movement.remembered_root.RememberedRootMiddleware",
    # Last, as django-axes asks: it answers a locked-out login after the view ran.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "movement.urls"
WSGI_APPLICATION = "movement.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite with no set-up by default; DATABASE_URL switches to PostgreSQL (psycopg 3).
# Persistent connections with health checks keep PostgreSQL fast and resilient.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the dev server read while a save is in progress; IMMEDIATE avoids
    # "database is locked" errors when two requests write at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Password guessing: django-axes locks a username out from one address after
# AXES_FAILURE_LIMIT wrong passwords in a row, for AXES_COOLOFF_TIME (a person
# who forgot their password waits; a script is stopped). The lock-out counts per
# username *and* address, so nobody can lock a colleague out from elsewhere.
# `manage.py axes_reset_username <name>` unlocks at once (README, "Operations").
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The only sign-in is the admin's: private pages and documents send visitors there.
LOGIN_URL = WAGTAIL_FRONTEND_LOGIN_URL = "wagtailadmin_login"
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "movement.login_protection.locked_out"
# Behind a load balancer or CDN every request comes from its address: say how
# many proxies in front append to X-Forwarded-For, so the visitor's own counts.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "movement.login_protection.client_address"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Languages: English is the source language; the others are translations.
# MOVEMENT_LANGUAGES overrides the list, e.g. "en,pl,es,ar" (the first is the default).
LANGUAGE_NAMES = {
    "en": "English",
    "pl": "Polski",
    "es": "Español",
    "ar": "العربية",
    "cy": "Cymraeg",
    "ur": "اردو",
    "fr": "Français",
}
_language_codes = env_list("MOVEMENT_LANGUAGES", ["en", "pl", "es", "ar"])
LANGUAGE_CODE = _language_codes[0]
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    (code, LANGUAGE_NAMES.get(code, code)) for code in _language_codes
]
USE_I18N = True
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["movement.formats"]

# wagtail-localize. Deleting a page or its translation keeps the translated
# strings, so re-creating a translation brings the translators' work back.
WAGTAILLOCALIZE_DISABLE_ON_DELETE = True
# Machine translation is off until a backend is named: MACHINE_TRANSLATOR=deepl
# (with DEEPL_AUTH_KEY) or libretranslate (with LIBRETRANSLATE_URL and
# LIBRETRANSLATE_API_KEY). Translators then get a "Translate with machine"
# button, and the strings it fills are marked as machine translated.
MACHINE_TRANSLATORS = {
    "deepl": (
        "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        {"AUTH_KEY": env_str("DEEPL_AUTH_KEY")},
    ),
    "libretranslate": (
        "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        {
            "LIBRETRANSLATE_URL": env_str("LIBRETRANSLATE_URL"),
            "API_KEY": env_str("LIBRETRANSLATE_API_KEY"),
        },
    ),
    # Reverses each string: for trying the workflow, never for visitors.
    "dummy": ("wagtail_localize.machine_translators.dummy.DummyTranslator", {}),
}
if env_str("MACHINE_TRANSLATOR"):
    _translator = env_str("MACHINE_TRANSLATOR").lower()
    if _translator not in MACHINE_TRANSLATORS:
        raise ImproperlyConfigured(
            f"MACHINE_TRANSLATOR={_translator!r}: use one of {', '.join(MACHINE_TRANSLATORS)}."
        )
    _translator_class, _translator_options = MACHINE_TRANSLATORS[_translator]
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": _translator_class,
        "OPTIONS": _translator_options,
    }
TIME_ZONE = "Europe/London"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "static_collected")
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# Where uploads live: this server's disk, or object storage (storage.py).
from .storage import *  # noqa: E402, F403

# Uploads: generous enough for a printed pack, bounded so a mistake cannot fill the disk.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

WAGTAIL_SITE_NAME = "Resilience Revolution"
# The page type each section's index (blog, events, campaigns…) sits under: the
# core's SectionIndexPage reads it, so it names no app itself.
MOVEMENT_HOME_PAGE_TYPE = "home.HomePage"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000"
# Search backends and the results cache: search.py.
from .search import *  # noqa: E402, F403

# Background work: run at once, or by a worker (TASK_BACKEND): tasks.py.
from .tasks import *  # noqa: E402, F403

WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "doc",
    "odt",
    "pptx",
    "xlsx",
    "csv",
    "txt",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
# Packs are served by Django so they get a safe Content-Disposition and type.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "heic"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Pixels, not bytes, decide how long every size of an image takes to make: a
# 375 KB PNG of 11,000 x 11,000 stalled each page showing it for 30 s. 40 million
# takes any phone's or camera's usual photo (a 48-megapixel "full resolution"
# phone photo needs resizing first; the message says so).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Every admin image and document form: clean failures (movement/uploads.py),
# documents checked against their extension (resources/file_contents.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "movement.uploads.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "resources.document_form.DocumentForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea"},
}
# Editors asked for autosave so nothing they type is lost.
WAGTAIL_AUTOSAVE_INTERVAL = 2000

EMAIL_BACKEND = env_str("EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend"
)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL") or "website@example.org"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Cookies, security headers and the content security policies: security.py.
# Caches, the whole-page cache and what HTTP caches are told: caching.py.
from .caching import *  # noqa: E402, F403

# The newsletter: sign-up, confirmation, sending in batches: newsletter.py.
from .newsletter import *  # noqa: E402, F403
from .security import *  # noqa: E402, F403

# Forms visitors fill in: CSRF on kept pages, spam and rate limits: visitor_forms.py.
from .visitor_forms import *  # noqa: E402, F403

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"once_a_minute": {"()": "movement.log_filters.OncePerMinute"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "console_once_a_minute": {
            "class": "logging.StreamHandler",
            "filters": ["once_a_minute"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # A cache or database that is down fails every call of every request:
        # say so, and how often, but not thousands of times a minute.
        "movement.cache": {
            "handlers": ["console_once_a_minute"],
            "level": "WARNING",
            "propagate": False,
        },
        "django.request": {
            "handlers": ["console_once_a_minute"],
            "level": "WARNING",
            "propagate": False,
        },
        # Anyone may post a policy-violation report (movement/security.py).
        "movement.csp": {
            "handlers": ["console_once_a_minute"],
            "level": "WARNING",
            "propagate": False,
        },
        "movement.health": {
            "handlers": ["console_once_a_minute"],
            "level": "WARNING",
            "propagate": False,
        },
        # django-axes says at start-up how it counts; lock-outs are warnings.
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

DEBUG = env_bool("DJANGO_DEBUG", False)

WAGTAILDOCS_DOCUMENT_MODEL = "resources.PackDocument"
