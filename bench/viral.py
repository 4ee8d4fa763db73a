"""A post goes viral (issue 15): the site's pages against nginx and a Django hello world.

    cd /work/main && .venv/bin/python bench/viral.py

Creates a throwaway database on 127.0.0.1:5432 (user postgres, trust auth), loads the demo
content, starts a Redis of its own, and serves the site with production settings and
gunicorn (2 sync workers each) twice: "uncached" (PAGE_CACHE_SECONDS=0) and "app-cached"
(the whole-page cache on Redis), then "varnish" (the repository's VCL) in front of
app-cached, "nginx" serving the same pages' HTML as static files, and "hello", a Django
hello world under the same gunicorn. One interleaved ../shared/bench/loadbench.py run
measures home, blog index, a blog post, the campaign, a resource page and a search on
each, with server CPU per request (gunicorn, PostgreSQL and Redis for the app; varnishd
and the app behind it for Varnish). Then it counts the queries of an app-cached hit,
publishes the blog post a few times through each server's settings (as an editor
does, and for uncached also as publish_scheduled does, which warms nothing), times
the first request after each publish against warm ones, and prints each of the
issue's targets with PASS or MISS.
Drops the database at the end (--keep keeps it and the work directory).

The Django parts run in child processes: ``bench/viral.py discover`` and
``bench/viral.py queries PATHS_JSON``.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project, not bench/

from bench.serving import (  # noqa: E402
    LOADBENCH,
    PYTHON,
    ROOT,
    production_env,
    run,
    say,
    start_gunicorn,
    start_nginx,
    start_redis,
    start_varnish,
    stop,
)

APP = "movement.wsgi"
HELLO = "bench.hello:application"
PG = "postgres://postgres@127.0.0.1:5432"
# The pages, in this order; search looks for the word found on most pages.
LABELS = ("home", "blog", "post", "campaign", "resource", "search")
SEARCH_WORDS = ("community", "people", "young", "support", "school", "change")
GZIP = {"Accept-Encoding": "gzip"}  # as browsers send; the app and nginx compress

VARNISH_VS_NGINX = 0.5  # req/s, at least
CACHED_VS_HELLO = 0.6  # req/s, at least
UNCACHED_CPU_VS_HELLO = 40  # CPU per request, at most
UNCACHED_CPU_PAGES = ("post", "home")
FIRST_VS_WARM = 2  # first request after a publish against a warm one, at most

# Publishes the blog post and prints what it cost, publish and warming apart, in
# milliseconds: inside a request, as the admin does (the pages it touched and those
# read lately are warmed when the request ends: movement/page_warming.py), or
# outside one, as publish_scheduled and imports do (nothing is warmed).
PUBLISH = """
import time
from django.core.signals import request_finished, request_started
from home.models import BlogPostPage
if {in_request}:
    request_started.send(sender=None)
started = time.perf_counter()
BlogPostPage.objects.get(pk={pk}).save_revision().publish()
published = time.perf_counter()
if {in_request}:
    request_finished.send(sender=None)
warmed = time.perf_counter()
print(round(1000 * (published - started), 1), round(1000 * (warmed - published), 1))
"""


# --- the Django side: run as `bench/viral.py discover|queries` -----------------------------


def discover():
    """Prints the paths to measure (picked from the demo content) as JSON."""
    import django

    django.setup()
    from urllib.parse import urlsplit

    from wagtail.models import Locale, Page, Site

    from campaigns.models import CampaignPage
    from home.models import BlogIndexPage, BlogPostPage, HomePage
    from resources.models import ResourcePage

    english = Locale.get_default()

    def first(model, *order):
        pages = model.objects.live().public().filter(locale=english)
        return pages.order_by(*order or ("path",)).first()

    pages = {
        "home": first(HomePage),
        "blog": first(BlogIndexPage),
        "post": first(BlogPostPage, "-date", "path"),  # the newest, the one shared
        "campaign": first(CampaignPage),
        "resource": first(ResourcePage),
    }
    missing = [label for label, page in pages.items() if page is None]
    if missing:
        raise SystemExit(f"The demo content has no live English page for {missing}")
    english_pages = Page.objects.live().public().filter(locale=english)
    counts = {word: english_pages.search(word).count() for word in SEARCH_WORDS}
    word = max(counts, key=counts.get)
    paths = {label: page.get_url() for label, page in pages.items()}
    paths["search"] = f"{paths['home']}search/?q={word}"
    site = Site.objects.get(is_default_site=True)
    sys.stdout.write(
        json.dumps(
            {
                "paths": paths,
                "post_pk": pages["post"].pk,
                "host": urlsplit(site.root_url).netloc,
                "word": word,
                "word_pages": counts[word],
            }
        )
    )


def count_queries(paths):
    """Prints, per path, the queries and X-Page-Cache of three requests in a row."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="gzip")
    counts = {}
    for label, path in paths.items():
        counts[label] = []
        for _ in range(3):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            counts[label].append(
                [response.status_code, len(queries), response.get("X-Page-Cache", "-")]
            )
    sys.stdout.write(json.dumps(counts))


# --- the orchestrating side ----------------------------------------------------------------


def psql(sql, database="postgres"):
    import psycopg

    with psycopg.connect(f"{PG}/{database}", autocommit=True) as connection:
        cursor = connection.execute(sql)
        return cursor.fetchall() if cursor.description else None


def get(url, headers=None, timeout=60):
    """(status, headers, body, seconds) of one GET taking gzip; error statuses too."""
    request = urllib.request.Request(url, headers={**GZIP, **(headers or {})})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, found, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, found, body = error.code, error.headers, error.read()
    return status, found, body, time.perf_counter() - started


def environment():
    def version(*command):
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=10)
        except OSError:
            return "not found"
        return (done.stdout + done.stderr).strip().splitlines()[0]

    cpu_model = "?"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    packages = subprocess.run(
        [PYTHON, "-c", "import django, wagtail, gunicorn, psycopg; print(django"
         ".get_version(), wagtail.__version__, gunicorn.__version__, psycopg.__version__)"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    say(f"CPUs: {os.cpu_count()} x {cpu_model}; load {os.getloadavg()[0]:.2f}")
    say(
        f"Python {platform.python_version()}, Django {packages[0]}, Wagtail {packages[1]}"
    )
    say(f"gunicorn {packages[2]} (2 sync workers), psycopg {packages[3]}")
    say(psql("SELECT version()")[0][0].split(",")[0])
    say(version("redis-server", "--version"))
    say(version("/usr/sbin/varnishd", "-V"))
    say(version("/usr/sbin/nginx", "-v"))
    say(version("wrk", "--version"))


def postmaster_pid():
    data_directory = psql("SHOW data_directory")[0][0]
    return int(Path(data_directory, "postmaster.pid").read_text().split()[0])


def save_pages(base, paths, root):
    """The app's HTML of each path as root/<path>/index.html, and gzipped beside it."""
    for path in paths.values():
        folder = root / path.split("?")[0].strip("/")
        folder.mkdir(parents=True, exist_ok=True)
        for name, headers in (
            ("index.html", {"Accept-Encoding": "identity"}),
            ("index.html.gz", GZIP),
        ):
            status, found, body, _ = get(base + path, headers)
            if status != 200:
                raise SystemExit(f"{base}{path} answered {status}")
            encoded = found.get("Content-Encoding") == "gzip"
            if encoded != name.endswith(".gz"):
                raise SystemExit(f"{base}{path}: unexpected encoding for {name}")
            (folder / name).write_bytes(body)


def warm(servers, paths, times):
    """Every path a few times on every server; prints what the caches said last."""
    say(f"\nWarming: every path {times} times on every server; the last answer:")
    say(f"{'':12}" + "".join(f"{label:>17}" for label in paths))
    failed, private = [], {}
    for name, (base, headers) in servers.items():
        row = []
        for label, path in paths.items():
            for _ in range(times):
                status, found, body, _ = get(base + path, headers)
            cache = found.get("X-Cache") or found.get("X-Page-Cache") or ""
            row.append(f"{status} {len(body) / 1024:4.1f}K {cache[:4]:>4}")
            if status != 200:
                failed.append(f"{name} {path} {status}")
            if name == "uncached" and "public" not in found.get("Cache-Control", ""):
                private[label] = found.get("Cache-Control", "(none)")
        say(f"{name:12}" + "".join(f"{cell:>17}" for cell in row))
    for label, cache_control in private.items():
        say(
            f"{label} is not public (Cache-Control: {cache_control}): no cache keeps it"
        )
    if failed:
        raise SystemExit(f"Not measuring: these answered an error: {', '.join(failed)}")


def cpu_ticks(root):
    """{pid: user+system ticks} for `root` and its children (a postmaster's backends)."""
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stats[int(entry.name)] = (entry / "stat").read_text().rsplit(")", 1)[1]
            except OSError:
                continue
    ticks = {}
    for pid, stat in stats.items():
        fields = stat.split()
        if pid == root or int(fields[1]) == root:
            ticks[pid] = int(fields[11]) + int(fields[12])
    return ticks


def backends(database):
    sql = f"SELECT pid FROM pg_stat_activity WHERE datname = '{database}'"
    return {pid for (pid,) in psql(f"{sql} AND pid <> pg_backend_pid()")}


def loadbench(targets, cpu_pids, options, workdir):
    config = workdir / "loadbench.json"
    out = workdir / "loadbench-results.json"
    config.write_text(
        json.dumps(
            {
                "settings": {
                    "threads": options.threads,
                    "connections": options.connections,
                    "duration": options.duration,
                    "rounds": options.rounds,
                    "warmup": options.warmup,
                    "pause": 0.5,
                    "timeout": "30s",
                    "baseline": "nginx",
                    # Enough for a sync worker's queue to drain; a busy shared
                    # PostgreSQL must not hold up every run for a minute.
                    "settle_max": 10,
                },
                "targets": targets,
            },
            indent=1,
        )
    )
    run(
        [sys.executable, LOADBENCH, "--config", config, "--json-out", out]
        + ["--header", "Accept-Encoding: gzip"]
        + [f"--cpu-pid={name}={','.join(map(str, pids))}" for name, pids in cpu_pids.items()],
        os.environ,
    )  # fmt: skip
    return json.loads(out.read_text())["summary"]


def verdict(passed):
    return "PASS" if passed else "MISS"


def report_load(summary, paths):
    def cell(name):
        figures = summary[name]
        cpu = figures["server_cpu_ms_per_req_median"]
        return f"{figures['rps_median']:9,.0f} {cpu if cpu is not None else float('nan'):6.2f}"

    say("\n== Throughput: req/s (median of rounds) and server CPU ms per request ==")
    columns = ("nginx", "varnish", "app-cached", "uncached")
    say(f"{'':10}" + "".join(f"{name:>19}" for name in columns))
    say(f"{'':10}" + f"{'req/s CPU ms':>19}" * len(columns))
    for label in paths:
        say(f"{label:10}" + "".join(f"{cell(f'{n}:{label}'):>19}" for n in columns))
    say(f"{'hello':10}{cell('hello'):>19}  (any path; the Python limit)")

    hello = summary["hello"]
    checks = []
    say(f"\n== Targets (issue 15) ==\n{'':10}{'measured':>10}  {'target':>8}")
    say("Through Varnish, req/s against nginx static:")
    for label in paths:
        ratio = (
            summary[f"varnish:{label}"]["rps_median"]
            / summary[f"nginx:{label}"]["rps_median"]
        )
        checks.append(ratio >= VARNISH_VS_NGINX)
        say(f"  {label:10}{ratio:8.2f}x  >= {VARNISH_VS_NGINX}x  {verdict(checks[-1])}")
    say("App-cached, req/s against hello world:")
    for label in paths:
        ratio = summary[f"app-cached:{label}"]["rps_median"] / hello["rps_median"]
        checks.append(ratio >= CACHED_VS_HELLO)
        say(f"  {label:10}{ratio:8.2f}x  >= {CACHED_VS_HELLO}x  {verdict(checks[-1])}")
    say("Uncached, CPU per request against hello world's (with PostgreSQL and Redis):")
    hello_cpu = hello["server_cpu_ms_per_req_median"]
    for label in paths:
        cpu = summary[f"uncached:{label}"]["server_cpu_ms_per_req_median"]
        ratio = cpu / hello_cpu if cpu and hello_cpu else float("nan")
        if label in UNCACHED_CPU_PAGES:
            checks.append(ratio <= UNCACHED_CPU_VS_HELLO)
            target = f"<= {UNCACHED_CPU_VS_HELLO}x  {verdict(checks[-1])}"
        else:
            target = "(for information)"
        say(f"  {label:10}{ratio:8.1f}x  {target}")
    return checks


def report_queries(counts):
    say(
        "\n== Queries per app-cached hit (Django test client, same settings and Redis) =="
    )
    say(f"{'':10}{'1st':>13}{'2nd':>13}{'3rd':>13}   (status, queries, X-Page-Cache)")
    checks = []
    for label, requests in counts.items():
        cells = [f"{status} {n:3} {cache[:4]:>4}" for status, n, cache in requests]
        hits = [n for status, n, cache in requests[1:] if status == 200]
        hit_states = [cache for _status, _n, cache in requests[1:]]
        checks.append(hits == [0, 0] and hit_states == ["hit", "hit"])
        say(
            f"{label:10}"
            + "".join(f"{c:>13}" for c in cells)
            + f"   {verdict(checks[-1])}"
        )
    return checks


def publish_then_time(post_pk, servers, paths, repeats, varnish):
    """Publishes the blog post `repeats` times for each of `servers` ({name: (base,
    env, in a request)}), through that server's settings; after each, the first
    request to every path on it, then 20 warm ones, one at a time, with the site's
    host (as a load balancer passes it on; the pages warmed after a publish are
    kept under it). Then, for comparison, the same server left idle as long as
    the publish took, and the first request to every path after that pause: what
    an idle server's first request costs on this machine with no publish at all."""
    firsts = {(name, label): [] for name in servers for label in paths}
    idle_firsts = {(name, label): [] for name in servers for label in paths}
    warm = {(name, label): [] for name in servers for label in paths}
    states = {name: [] for name in servers}
    purged, publish_ms = [], {name: [] for name in servers}
    varnish_base, host = varnish
    for repeat in range(repeats):
        for name, (base, env, in_request) in servers.items():
            script = PUBLISH.format(pk=post_pk, in_request=in_request)
            done = subprocess.run(
                [PYTHON, "manage.py", "shell", "-c", script],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            publish_ms[name].append(tuple(map(float, done.stdout.split()[-2:])))
            for label, path in paths.items():
                status, found, _, seconds = get(base + path, {"Host": host})
                firsts[name, label].append(seconds)
                states[name].append(found.get("X-Page-Cache", "-"))
            if repeat == 0 and env.get("FRONTEND_CACHE_PURGE_URLS"):
                for label, path in paths.items():
                    _, found, _, _ = get(varnish_base + path, {"Host": host})
                    purged.append(f"{label} {found.get('X-Cache', '?')}")
            for label, path in paths.items():
                times = [get(base + path, {"Host": host})[3] for _ in range(20)]
                warm[name, label].append(statistics.median(times))
            time.sleep(sum(publish_ms[name][-1]) / 1000)  # as idle as a publish left it
            for label, path in paths.items():
                idle_firsts[name, label].append(get(base + path, {"Host": host})[3])

    return firsts, warm, states, purged, publish_ms, idle_firsts


def report_publish(measured, servers, paths, repeats):
    """PASS or MISS for each server whose publishes are an editor's (in a request);
    the others' figures are printed for comparison."""
    firsts, warm, states, purged, publish_ms, idle_firsts = measured
    say(
        f"\n== First request after a publish against a warm one ({repeats} publishes "
        "of the blog post for each) =="
    )
    say(
        f"{'':28}{'warm ms':>9}{'first ms':>10}{'first / warm':>14}  (median; max)"
        f"  target <= {FIRST_VS_WARM}x"
    )
    checks = []
    for name, (_base, _env, in_request) in servers.items():
        for label in paths:
            warm_ms = 1000 * statistics.median(warm[name, label])
            first_ms = [1000 * s for s in firsts[name, label]]
            ratios = [f / warm_ms for f in first_ms]
            passed = statistics.median(ratios) <= FIRST_VS_WARM
            if in_request:
                checks.append(passed)
            say(
                f"{name + ' ' + label:28}{warm_ms:9.1f}{statistics.median(first_ms):10.1f}"
                f"{statistics.median(ratios):9.1f}x; {max(ratios):4.1f}x"
                f"  {verdict(passed) if in_request else '(not warmed: for comparison)'}"
            )
    say(
        f"\nFor comparison, the first request after the same pause with no publish "
        f"(an idle server's first request on this machine):\n"
        f"{'':28}{'warm ms':>9}{'first ms':>10}{'first / warm':>14}"
    )
    for name, (_base, _env, in_request) in servers.items():
        for label in paths:
            if not in_request:
                continue
            warm_ms = 1000 * statistics.median(warm[name, label])
            first_ms = 1000 * statistics.median(idle_firsts[name, label])
            say(
                f"{name + ' ' + label:28}{warm_ms:9.1f}{first_ms:10.1f}"
                f"{first_ms / warm_ms:9.1f}x"
            )
    say(f"X-Page-Cache of app-cached first requests: {' '.join(states['app-cached'])}")
    for name in servers:
        say(
            f"{name}: each publish (ms), then the warming after the editor's response: "
            + ", ".join(f"{ms:.0f} + {warm:.0f}" for ms, warm in publish_ms[name])
        )
    say(f"Varnish after the first publish (purged: MISS): {', '.join(purged)}")
    return checks


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-d", "--duration", default="5s", help="each measured run")
    parser.add_argument("-r", "--rounds", type=int, default=3, help="runs per target")
    parser.add_argument("--warmup", default="2s", help="loadbench's unmeasured run")
    parser.add_argument("-t", "--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("-c", "--connections", type=int, default=16)
    parser.add_argument("--warm", type=int, default=5, help="requests per path first")
    parser.add_argument("--publishes", type=int, default=3, help="publish repeats")
    parser.add_argument("--keep", action="store_true", help="keep database and files")
    options = parser.parse_args()
    # A `kill` cleans up as Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    started = time.monotonic()
    database = f"movement_viral_{os.getpid()}"
    workdir = Path(tempfile.mkdtemp(prefix="viral-bench-"))
    env = production_env(f"{PG}/{database}", workdir)
    processes = []
    say("== Environment ==")
    environment()
    try:
        psql(f'CREATE DATABASE "{database}"')
        manage = [PYTHON, "manage.py"]
        run([*manage, "prepare_local_site"], env, stdout=subprocess.DEVNULL)
        run([*manage, "collectstatic", "--no-input", "-v0"], env)
        psql("ANALYZE", database)
        found = json.loads(
            subprocess.run(
                [PYTHON, __file__, "discover"],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        paths, host = found["paths"], found["host"]
        say(f"\nPaths: {paths}")
        say(f"Search word: {found['word']!r}, on {found['word_pages']} English pages")

        redis, redis_url = start_redis(workdir)
        processes.append(redis)
        uncached_env = {**env, "PAGE_CACHE_SECONDS": "0", "REDIS_URL": f"{redis_url}/0"}
        uncached, uncached_base = start_gunicorn(APP, uncached_env)
        processes.append(uncached)
        cached_env = {**env, "REDIS_URL": f"{redis_url}/1"}
        cached, cached_base = start_gunicorn(APP, cached_env)
        processes.append(cached)
        varnish, varnish_base = start_varnish(
            int(cached_base.rsplit(":", 1)[1]), workdir / "varnish"
        )
        processes.append(varnish)
        # The app purges Varnish when the blog post is published (the shell below).
        cached_env["FRONTEND_CACHE_PURGE_URLS"] = varnish_base
        html = workdir / "html"
        save_pages(uncached_base, paths, html)
        nginx, nginx_base = start_nginx(html, workdir / "nginx")
        processes.append(nginx)
        hello, hello_base = start_gunicorn(HELLO, env)
        processes.append(hello)

        servers = {
            "nginx": (nginx_base, {}),
            "varnish": (varnish_base, {"Host": host}),
            "app-cached": (cached_base, {}),
            "uncached": (uncached_base, {}),
            "hello": (hello_base, {}),
        }
        warm(servers, paths, options.warm)

        postgres = postmaster_pid()
        app = [postgres, redis.pid]
        cpu_pids = {
            "nginx": [nginx.pid],
            "hello": [hello.pid],
            "uncached": [uncached.pid, *app],
            "app-cached": [cached.pid, *app],
            "varnish": [varnish.pid, cached.pid, *app],
        }
        targets = [{"name": "hello", "url": f"{hello_base}/en/", "group": "hello"}]
        for label, path in paths.items():
            for name in ("nginx", "varnish", "app-cached", "uncached"):
                base, headers = servers[name]
                target = {"name": f"{name}:{label}", "url": base + path, "group": label}
                if headers:
                    target["headers"] = headers
                targets.append(target)
        say(
            f"\nServer CPU charged: nginx {nginx.pid}; hello {hello.pid}; uncached "
            f"{uncached.pid}, app-cached {cached.pid} (gunicorn masters, with workers), "
            f"each with PostgreSQL's postmaster {postgres} (every backend: the cluster "
            f"is shared, so other users' queries count too) and Redis {redis.pid}; "
            f"varnish {varnish.pid} with app-cached's."
        )
        ticks, ours = cpu_ticks(postgres), backends(database)
        summary = loadbench(targets, cpu_pids, options, workdir)
        after, ours = cpu_ticks(postgres), ours | backends(database)
        spent = {pid: after[pid] - ticks.get(pid, 0) for pid in after}
        clock = os.sysconf("SC_CLK_TCK")
        postgres_cpu = (
            sum(spent.values()) / clock,
            sum(spent.get(pid, 0) for pid in ours) / clock,
        )

        counts = json.loads(
            subprocess.run(
                [PYTHON, __file__, "queries", json.dumps(paths)],
                env=cached_env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        publishers = {
            "uncached": (uncached_base, uncached_env, True),
            "app-cached": (cached_base, cached_env, True),
            # As publish_scheduled publishes: outside a request, nothing warmed.
            "uncached, out of request": (uncached_base, uncached_env, False),
        }
        published = publish_then_time(
            found["post_pk"], publishers, paths, options.publishes, (varnish_base, host)
        )
        checks = report_load(summary, paths)
        say(
            f"PostgreSQL used {postgres_cpu[0]:.1f} CPU s during the load run, "
            f"{postgres_cpu[1]:.1f} s of it in this benchmark's connections (the rest, "
            "other databases' and background work, is charged to the app too)."
        )
        checks += report_queries(counts)
        checks += report_publish(published, publishers, paths, options.publishes)
        say(f"\n{sum(checks)} of {len(checks)} checks pass")
        say(f"total {time.monotonic() - started:.0f} s, database {database}")
    finally:
        for process in reversed(processes):
            stop(process)
        if options.keep:
            say(f"kept: database {database}, {workdir}")
        else:
            psql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["discover"]:
        discover()
    elif sys.argv[1:2] == ["queries"]:
        count_queries(json.loads(sys.argv[2]))
    else:
        main()
