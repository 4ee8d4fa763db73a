"""Production: everything that differs between hosts comes from the environment.

Start-up stops with one line naming every missing required variable: there is no
insecure fallback for a secret, a host name or the database.
"""

from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_str, require_variables
from .tasks import tasks_setting

REQUIRED_VARIABLES = [
    "SECRET_KEY",
    "DATABASE_URL",
    "ALLOWED_HOSTS",
    "WAGTAILADMIN_BASE_URL",
]
# Files kept on a volume of their own must not split: documents would otherwise
# land in private_media/ inside the code checkout, lost at the next deploy.
if env_str("MEDIA_ROOT"):
    REQUIRED_VARIABLES = [*REQUIRED_VARIABLES, "PRIVATE_MEDIA_ROOT"]
require_variables(REQUIRED_VARIABLES, "Production")

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL")
_admin_origin = "{0.scheme}://{0.netloc}".format(urlsplit(WAGTAILADMIN_BASE_URL))
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [_admin_origin])

# A statement that runs past this is cancelled (the visitor gets the 503 page):
# one runaway query must not hold a server thread for ever. Set for web
# processes by movement/gunicorn.conf.py; unset, nothing is cut short.
_statement_timeout = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 0)
if _statement_timeout and DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (  # noqa: F405
        f"-c statement_timeout={_statement_timeout}"
    )

# WhiteNoise serves compressed, cache-busted static files straight after security checks.
MIDDLEWARE = list(MIDDLEWARE)  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
# Pages leave compressed (a 17 KB page becomes about 4.5 KB on a phone's slow network);
# Django's GZipMiddleware pads each response against BREACH. WhiteNoise, above it,
# serves static files already compressed; the page cache, first of all, keeps pages
# compressed, so a kept page is not compressed again for each visitor.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.http.ConditionalGetMiddleware") + 1,
    "django.middleware.gzip.GZipMiddleware",
)

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Background work on the database worker (`manage.py db_worker`, docs/operations.md),
# not in the editor's request; TASK_BACKEND=immediate runs it in the request.
TASKS = tasks_setting("database")

EMAIL_HOST = env_str("EMAIL_HOST") or "localhost"
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# HTTPS everywhere. Behind a proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER=1.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
# Opt in only: once browsers (or their preload list) hold includeSubDomains, every
# subdomain (a mail or shop host of the charity's, say) must be HTTPS for a year,
# and leaving the preload list takes months.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = SILENCED_SYSTEM_CHECKS + [  # noqa: F405
    check
    for check, chosen in (
        ("security.W005", SECURE_HSTS_INCLUDE_SUBDOMAINS),
        ("security.W021", SECURE_HSTS_PRELOAD),
    )
    if not chosen
]
if SECURE_SSL_REDIRECT:
    for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):  # noqa: F405
        _policy["DIRECTIVES"]["upgrade-insecure-requests"] = True

LOGGING["root"]["level"] = env_str("LOG_LEVEL") or "INFO"  # noqa: F405
