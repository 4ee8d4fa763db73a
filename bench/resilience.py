"""What visitors see when things fail, on production settings and PostgreSQL (issue 12).

    cd /work/main && .venv/bin/python bench/resilience.py

Creates a throwaway PostgreSQL database on 127.0.0.1:5432 (user postgres, trust auth),
loads the demo content, starts a Redis of its own on a free port, and serves the site with
gunicorn as the README does (movement/gunicorn.conf.py: 2 workers x 4 threads here). Then:

1. headers: the security headers of a public page and of the admin's sign-in page;
2. a worker killed (SIGKILL) under load from 8 clients: failed requests out of all;
3. PostgreSQL restarted: by default the app's connection is cut by a proxy for 3 s
   (`--restart-postgres` restarts the real cluster instead, which briefly affects every
   other user of it): what a visitor polling every 50 ms sees, and seconds to recovery;
4. login: wrong passwords until the admin pauses signing in, then the right one;
5. Redis stopped: every sitemap page (and search, a feed) requested while Redis is down,
   counting 5xx, with the median time against Redis up.

Every page is visited once first (renditions made, fragments cached), as on a live site.
Prints figures only; drops the database at the end (--keep keeps it).
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project, not bench/

from bench.serving import PYTHON, ROOT, run, say  # noqa: E402
from tests.servers import (  # noqa: E402
    TcpProxy,
    fetch,
    gunicorn,
    production_environment,
    redis_server,
)

PG = "postgres://postgres@127.0.0.1:5432"
EDITOR = ("resilience-editor", "the-right-password-42")
MAKE_EDITOR = f"""
from django.contrib.auth.models import Group, User
user = User.objects.create_user({EDITOR[0]!r}, "editor@example.org", {EDITOR[1]!r})
user.groups.add(Group.objects.get(name="Editors"))
"""


def timed_fetch(url):
    started = time.perf_counter()
    try:
        status = fetch(url, timeout=15)[0]
    except OSError:
        status = "error"
    return status, (time.perf_counter() - started) * 1000


def site_paths(base):
    sitemap = fetch(base + "/sitemap.xml")[2]
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    return [re.sub(r"^https?://[^/]+", "", url) for url in locs] + [
        "/en/search/?q=resilience",
        "/ar/search/?q=resilience",
        "/en/blog/feed/rss/",
    ]


def headers(base):
    say("\n== 1. Security headers")
    for path in ("/en/", "/admin/login/"):
        _status, response_headers, _body = fetch(base + path)
        say(f"{path}")
        for name in (
            "Content-Security-Policy",
            "Permissions-Policy",
            "Referrer-Policy",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Cross-Origin-Opener-Policy",
        ):
            say(f"  {name}: {response_headers.get(name)}")


def warm(base):
    """Every page once: renditions made, fragments cached, as on a live site."""
    for path in site_paths(base):
        fetch(base + path)


def redis_stopped(base, stop_redis):
    say("\n== 5. Redis stopped")
    paths = site_paths(base)
    up = [timed_fetch(base + path) for path in paths]
    stop_redis()
    down = [timed_fetch(base + path) for path in paths]
    failures = [s for s, _ms in down if s == "error" or s >= 500]
    say(f"requests with Redis down: {len(down)}; 5xx or failed: {len(failures)}")
    say(
        f"median ms per page: Redis up {statistics.median(ms for _s, ms in up):.1f}, "
        f"down {statistics.median(ms for _s, ms in down):.1f}"
    )
    health = fetch(base + "/healthz")
    say(f"/healthz while Redis is down: {health[0]} {health[2]}")


def worker_killed(base, master_pid, seconds=10, clients=8):
    say("\n== 2. A worker killed under load")
    paths = site_paths(base)[:20]
    results, stop = [], threading.Event()

    def client(number):
        n = number
        while not stop.is_set():
            results.append(timed_fetch(base + paths[n % len(paths)])[0])
            n += clients

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(seconds / 2)
    workers = subprocess.run(
        ["pgrep", "-P", str(master_pid)], capture_output=True, text=True
    ).stdout.split()
    os.kill(int(workers[0]), signal.SIGKILL)
    killed_at = time.monotonic()
    while True:
        now = subprocess.run(
            ["pgrep", "-P", str(master_pid)], capture_output=True, text=True
        ).stdout.split()
        if len(now) == len(workers) and workers[0] not in now:
            break
        time.sleep(0.05)
    replaced_after = time.monotonic() - killed_at
    time.sleep(seconds / 2)
    stop.set()
    for thread in threads:
        thread.join()
    failed = [s for s in results if s == "error" or s >= 500]
    say(f"requests: {len(results)}; failed: {len(failed)} ({failed[:8]})")
    say(f"a new worker was running {replaced_after:.2f} s after the kill")


def postgres_restarted(base, proxy, restart_real):
    say("\n== 3. PostgreSQL restarted" + ("" if restart_real else " (proxy cut 3 s)"))
    timeline, stop = [], threading.Event()

    def poll():
        while not stop.is_set():
            timeline.append((time.monotonic(), timed_fetch(base + "/pl/")[0]))
            time.sleep(0.05)

    poller = threading.Thread(target=poll)
    poller.start()
    time.sleep(1)
    cut = time.monotonic()
    if restart_real:
        cluster = os.listdir("/etc/postgresql")[0]
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "restart"],
            check=True,
        )
    else:
        proxy.stop()
        time.sleep(3)
        proxy.start()
    back = time.monotonic()
    time.sleep(4)
    stop.set()
    poller.join()
    during = [status for at, status in timeline if at >= cut]
    counts = {status: during.count(status) for status in sorted(set(during), key=str)}
    first_bad = next((at for at, status in timeline if status != 200), None)
    recovered = next(
        (at for at, status in timeline if at >= back and status == 200), None
    )
    say(f"answers from the cut on: {counts}")
    say(f"database unavailable for {back - cut:.2f} s")
    if first_bad is not None and recovered is not None:
        say(f"first 200 again {recovered - back:.2f} s after the database was back")
    body = fetch(base + "/pl/")[2]
    say("503 page in Polish seen: " + str("Zaraz wracamy" in body or 503 in counts))


def login_lockout(base):
    say("\n== 4. Wrong passwords before signing in is paused")
    # Production cookies are Secure; this bench talks plain HTTP on loopback, so
    # it carries the CSRF cookie itself.
    cookies = {}

    def request(path, data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
        request = urllib.request.Request(base + path, data, headers=headers)
        try:
            response = urllib.request.urlopen(request)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            cookies[name] = value
        return response.status, response.read().decode()

    def attempt(password):
        _status, page = request("/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        data = urllib.parse.urlencode(
            {"username": EDITOR[0], "password": password, "csrfmiddlewaretoken": token}
        ).encode()
        return request("/admin/login/", data)[0]

    wrong = 0
    while attempt(f"wrong-{wrong}") != 429 and wrong < 50:
        wrong += 1
    say(f"wrong passwords answered with the form again: {wrong}; then 429")
    say(f"the right password now answers: {attempt(EDITOR[1])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--restart-postgres", action="store_true")
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="movement-resilience-"))
    database = f"movement_resilience_{os.getpid()}"
    run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], os.environ)
    proxy = TcpProxy(5432).start()
    base_env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{proxy.port}/{database}",
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private_media"),
    }
    env = production_environment(base_env, workdir / "static")
    try:
        for command in (
            ["prepare_local_site"],
            ["collectstatic", "--noinput", "-v0"],
            ["shell", "-v0", "-c", MAKE_EDITOR],
        ):
            run([PYTHON, "manage.py", *command], env, stdout=subprocess.DEVNULL)
        with redis_server() as (redis_url, stop_redis):
            served = {**env, "REDIS_URL": redis_url}
            with gunicorn(served, workers=2, threads=4) as server:
                warm(server.url)
                headers(server.url)
                worker_killed(server.url, server.pid)
                postgres_restarted(server.url, proxy, options.restart_postgres)
                login_lockout(server.url)
                redis_stopped(server.url, stop_redis)
    finally:
        proxy.stop()
        if not options.keep:
            subprocess.run(
                ["dropdb", "--force", "-h", "127.0.0.1", "-U", "postgres", database],
                check=False,
            )
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
