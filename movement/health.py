"""/healthz: can this server serve pages? For load balancers and uptime checks.

503 when the database cannot be reached (no page can be served); 200 otherwise,
"degraded" when the cache is down, because pages are then slower but still
served (every cache error is a miss): a load balancer that took every server out
of service whenever Redis blinked would turn a slow minute into an outage. The
body names each check and the kind of failure (the details, which may name a
host, go to the log, at most once a minute). Never cached, and a failing check
is not logged as a server error: the probe asks every few seconds.
"""

import logging
import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)


def healthz(request):
    checks = {"database": _timed(_database), "cache": _timed(_cache)}
    if not checks["database"]["ok"]:
        status, code = "failing", 503
    elif not checks["cache"]["ok"]:
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    response = JsonResponse({"status": status, "checks": checks}, status=code)
    add_never_cache_headers(response)
    response._has_been_logged = True  # Django's request logger: not a server error
    return response


def _timed(check):
    started = time.perf_counter()
    try:
        check()
        result = {"ok": True}
    except Exception as error:  # a health check reports failures, it never raises
        # Anyone can ask: the answer names the kind of failure, the log the details
        # (which may name a host or user).
        logger.warning("Health check %s failed: %r", check.__name__.strip("_"), error)
        result = {"ok": False, "error": type(error).__name__}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    # A cache that ignores its errors (django-redis IGNORE_EXCEPTIONS) answers a
    # miss when it is down: only reading back what was just written tells.
    value = uuid.uuid4().hex
    key = f"healthz:{value}"
    cache.set(key, value, 10)
    kept = cache.get(key)
    cache.delete(key)
    if kept != value:
        raise ConnectionError("the cache did not keep a value")
