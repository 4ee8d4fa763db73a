"""gunicorn for production: `gunicorn -c movement/gunicorn.conf.py movement.wsgi`.

Threaded workers (gthread): a page waiting on the database, or one slow page,
holds one thread, and the worker's other threads and the other workers go on
serving. Python runs one thread at a time per process, so there is a worker
per CPU core for rendering; threads cover the waiting. Each thread keeps its
own database connection: allow WEB_CONCURRENCY x GUNICORN_THREADS per server
in PostgreSQL's max_connections. Every value can be set by its variable.
"""

import multiprocessing
import os


def _number(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = _number("WEB_CONCURRENCY", multiprocessing.cpu_count())
worker_class = "gthread"
threads = _number("GUNICORN_THREADS", 4)

# A worker that stops answering its master for this long is killed and
# replaced; its requests fail, every other worker's go on.
timeout = _number("GUNICORN_TIMEOUT", 30)
# On a restart or deploy (SIGHUP, SIGTERM) workers finish what they are serving.
graceful_timeout = _number("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5
# Each worker is replaced after this many requests (staggered), so no slow
# leak grows for weeks.
max_requests = _number("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = max_requests // 10
# Heartbeats in memory, not on a disk that may be slow or full.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"

# Only the proxy in front may say a request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # "" turns it off
errorlog = "-"

# A thread is never killed mid-request, so a runaway query is stopped by the
# database instead (movement/settings/production.py), for web processes only:
# migrations and management commands may take longer.
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT_MS", "15000")
