"""Front-end budgets (issue 7): bytes per page, render-blocking scripts, Lighthouse scores.

    cd /work/main && .venv/bin/python bench/frontend.py

Serves the demo site as production would (production settings, collectstatic with
WhiteNoise's compressed files, gunicorn on a free 127.0.0.1 port; media, which a web
server in front would serve, through WhiteNoise too) from a throwaway SQLite
database, then prints, for each page:

- the bytes transferred for its HTML, CSS and JS when the browser asks for gzip,
  against the 60 KB budget (fonts and images excluded; HTML that the server sends
  uncompressed is counted both as sent and gzipped, as a compressing proxy would send it);
- the scripts in <head> that block rendering (none allowed: defer, async or module);
- Lighthouse's mobile scores (performance, accessibility, best practices, SEO; issue 20
  asks 100 for each) and, below target, the audits that cost points;
- each Lighthouse page's first view as its report measured it: bytes transferred with
  images and fonts (budget 270 KB), requests (budget 15) and cumulative layout shift
  (budget 0).

Lighthouse is the npm package, installed on first run into ~/.cache/movement-bench
(outside git) and run with Debian's Chromium. Not a test: it prints figures.
"""

import argparse
import contextlib
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

if __name__ == "__main__":  # run as a script: the project, not bench/, on the path
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.serving import (  # noqa: E402
    PYTHON,
    free_port,
    production_env,
    run,
    say,
    start_gunicorn,
    stop,
)

CACHE = Path.home() / ".cache" / "movement-bench"
LIGHTHOUSE_PACKAGE = "lighthouse@12"
LIGHTHOUSE = CACHE / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
WORKERS = 2
BUDGET_BYTES = 60 * 1024
SILENT = {"informative", "manual", "notApplicable"}  # audits that score nothing
TARGETS = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}
FIRST_VIEW_BYTES = 270 * 1024
FIRST_VIEW_REQUESTS = 15

ARTICLE = "/en/blog/blackpool-schools-community-of-practice/"
BYTE_PAGES = [
    ARTICLE,
    "/en/",
    "/en/about/",
    "/en/fundamentals/",
    "/en/blog/",
    "/en/campaigns/same-pay-for-the-same-day/",
    "/en/resources/bounce-forward-teacher-pack/",
    "/en/events/blackpool-schools-community-of-practice/",
    "/en/search/?q=resilience",
    "/ar/",
    "/ar/blog/blackpool-schools-community-of-practice/",
    "/ar/campaigns/same-pay-for-the-same-day/",
    "/ar/resources/bounce-forward-teacher-pack/",
]
LIGHTHOUSE_PAGES = [
    "/en/",
    ARTICLE,
    "/en/campaigns/same-pay-for-the-same-day/",
    "/en/resources/bounce-forward-teacher-pack/",
    "/ar/",
    "/ar/blog/blackpool-schools-community-of-practice/",
    "/ar/campaigns/same-pay-for-the-same-day/",
    "/ar/resources/bounce-forward-teacher-pack/",
]


# --- served by gunicorn: `bench.frontend:site_with_media()` ----------------------------------


def site_with_media():
    """The production WSGI app, with MEDIA_ROOT served the way a front web server would.

    autorefresh: renditions are written on a page's first view, after start-up.
    A year's max-age, as the front web server should give renditions: Lighthouse
    counts a short one against performance.
    """
    from django.conf import settings
    from whitenoise import WhiteNoise

    from movement.wsgi import application

    return WhiteNoise(
        application,
        root=settings.MEDIA_ROOT,
        prefix=settings.MEDIA_URL,
        autorefresh=True,
        max_age=365 * 24 * 60 * 60,
    )


# --- reading a page ---------------------------------------------------------------------


class PageAssets(HTMLParser):
    """The stylesheets and scripts a page loads, and the scripts that block rendering."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.assets, self.blocking, self._in_head = [], [], False
        self._in_noscript = False  # loaded only where script is off
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif tag == "noscript":
            self._in_noscript = True
        elif self._in_noscript:
            return
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.assets.append(attrs["href"])
        elif tag == "script" and attrs.get("type") != "application/ld+json":
            if attrs.get("src"):
                self.assets.append(attrs["src"])
            deferred = "defer" in attrs or "async" in attrs
            if self._in_head and not deferred and attrs.get("type") != "module":
                self.blocking.append(attrs.get("src") or "inline script")

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        elif tag == "noscript":
            self._in_noscript = False


def fetch(url):
    """(body as sent, Content-Encoding) when asking for gzip like a browser."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read(), response.headers.get("Content-Encoding", "")


def transferred(body, encoding):
    """(bytes as sent, bytes if gzipped): equal when the server already compressed it."""
    if encoding == "gzip":
        return len(body), len(body)
    return len(body), len(gzip.compress(body, compresslevel=6))


def measure_bytes(base, path):
    html, encoding = fetch(base + path)
    sent, zipped = transferred(html, encoding)
    page = PageAssets(
        html.decode() if encoding != "gzip" else gzip.decompress(html).decode()
    )
    assets_sent = assets_zipped = 0
    for asset in page.assets:
        url = urljoin(base + path, asset)
        if urlsplit(url).netloc != urlsplit(base).netloc:
            raise SystemExit(f"{path} loads {url} from another host")
        a_sent, a_zipped = transferred(*fetch(url))
        assets_sent, assets_zipped = assets_sent + a_sent, assets_zipped + a_zipped
    return {
        "html": (sent, zipped, encoding or "none"),
        "assets": (assets_sent, assets_zipped, len(page.assets)),
        "total_sent": sent + assets_sent,
        "total_gzip": zipped + assets_zipped,
        "blocking": page.blocking,
    }


# --- Lighthouse -------------------------------------------------------------------------


def ensure_lighthouse():
    if not LIGHTHOUSE.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        run(
            [
                "npm",
                "install",
                "--prefix",
                CACHE,
                "--no-audit",
                "--no-fund",
                LIGHTHOUSE_PACKAGE,
            ],
            dict(os.environ),
        )
    version = subprocess.run([LIGHTHOUSE, "--version"], capture_output=True, text=True)
    return version.stdout.strip()


def lighthouse(url, out, user_data_dir, attempts=3):
    """One Lighthouse report; a run whose trace failed to record (NO_NAVSTART, seen
    here now and then on a busy machine) is tried again with a fresh profile."""
    env = dict(os.environ, CHROME_PATH="/usr/bin/chromium")
    for attempt in range(1, attempts + 1):
        profile = f"{user_data_dir}-{attempt}"
        result = subprocess.run(
            [
                LIGHTHOUSE,
                url,
                "--quiet",
                "--output=json",
                f"--output-path={out}",
                "--only-categories=performance,accessibility,best-practices,seo",
                f"--chrome-flags={CHROME_FLAGS} --user-data-dir={profile}",
            ],
            env=env,
            timeout=300,
        )
        if result.returncode == 0:
            return json.loads(Path(out).read_text())
        say(f"Lighthouse failed on {url} (attempt {attempt} of {attempts})")
    raise SystemExit(f"Lighthouse failed {attempts} times on {url}")


def scores_and_losses(report):
    """{category: score}, and for each category under target its audits below 1."""
    scores, losses = {}, {}
    for key, target in TARGETS.items():
        category = report["categories"][key]
        scores[key] = round(category["score"] * 100)
        if scores[key] >= target:
            continue
        lost = []
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            score = audit.get("score")
            if score is None or score >= 1 or audit["scoreDisplayMode"] in SILENT:
                continue
            detail = audit.get("displayValue") or ""
            lost.append(f"{ref['id']} ({score:.2f}) {audit['title']} {detail}".strip())
        losses[key] = lost
    return scores, losses


def first_view(report):
    """(bytes transferred, requests, cumulative layout shift) of the page's first view."""
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    return (
        round(audits["total-byte-weight"]["numericValue"]),
        len(requests),
        audits["cumulative-layout-shift"]["numericValue"],
    )


# --- the orchestration ------------------------------------------------------------------


def prepare(env, port):
    manage = [PYTHON, "manage.py"]
    run([*manage, "migrate", "--no-input", "-v0"], env)
    run([*manage, "compile_translations", "-v0"], env)
    run([*manage, "collectstatic", "--no-input", "-v0"], env)
    run([*manage, "load_demo_content"], env, stdout=subprocess.DEVNULL)
    # Canonical and hreflang URLs are built from the Site: make them this server's.
    code = (
        "from wagtail.models import Site; "
        f"Site.objects.update(hostname='127.0.0.1', port={port})"
    )
    run([*manage, "shell", "-c", code], env)


def report_bytes(figures):
    say(
        f"\n== Bytes transferred, HTML+CSS+JS (budget {BUDGET_BYTES // 1024} KB gzip) =="
    )
    say(
        f"{'page':52} {'HTML sent':>9} {'HTML gz':>8} {'CSS+JS':>7} {'total gz':>9}  budget"
    )
    for path, f in figures.items():
        ok = "ok" if f["total_gzip"] <= BUDGET_BYTES else "OVER"
        say(
            f"{path:52} {f['html'][0]:9,} {f['html'][1]:8,} {f['assets'][1]:7,} "
            f"{f['total_gzip']:9,}  {ok}"
            + ("" if f["html"][2] == "gzip" else "  (HTML sent uncompressed)")
        )
    say("\n== Render-blocking scripts in <head> (none allowed) ==")
    for path, f in figures.items():
        say(f"{path:52} {', '.join(f['blocking']) or 'none'}")


def report_lighthouse(results):
    say("\n== Lighthouse, mobile (target 100 each) ==")
    say(f"{'page':52} {'perf':>5} {'a11y':>5} {'b-p':>5} {'seo':>5}")
    for path, (scores, _losses, _view) in results.items():
        say(f"{path:52} " + " ".join(f"{scores[key]:5}" for key in TARGETS))
    say(
        f"\n== First view as Lighthouse loaded it (budgets: {FIRST_VIEW_BYTES // 1024} KB"
        f" with images, {FIRST_VIEW_REQUESTS} requests, no layout shift) =="
    )
    say(f"{'page':52} {'bytes':>9} {'requests':>8} {'CLS':>6}  budget")
    for path, (_scores, _losses, (size, requests, shift)) in results.items():
        within = (
            size <= FIRST_VIEW_BYTES and requests <= FIRST_VIEW_REQUESTS and shift == 0
        )
        say(
            f"{path:52} {size:9,} {requests:8} {shift:6.3f}  {'ok' if within else 'OVER'}"
        )
    for path, (_scores, losses, _view) in results.items():
        for key, lost in losses.items():
            say(f"\n{path} {key} {results[path][0][key]} < {TARGETS[key]}:")
            for line in lost:
                say("   ", line)


@contextlib.contextmanager
def demo_served(prefix, workers=WORKERS, keep=False):
    """The demo site served as production would, from a throwaway work directory
    (database, static and media files): yields (base URL, work directory). The
    server stops, and the directory goes unless `keep`, when the block ends."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = production_env(f"sqlite:///{workdir / 'db.sqlite3'}", workdir, base)
    server = None
    try:
        prepare(env, port)
        # bench/ as a namespace package: on the path, bench/search.py would hide
        # the search app.
        server, _base = start_gunicorn(
            "bench.frontend:site_with_media()", env, workers=workers, port=port
        )
        yield base, workdir
    finally:
        stop(server)
        if keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lighthouse", action="store_true", help="bytes only")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    options = parser.parse_args()

    version = None if options.no_lighthouse else ensure_lighthouse()
    started = time.monotonic()
    with demo_served("frontend-bench-", keep=options.keep) as (base, workdir):
        # Unmeasured: first views write image renditions, and every worker
        # fills its own cache of the site's header and footer.
        for path in {*BYTE_PAGES, *LIGHTHOUSE_PAGES}:
            for _ in range(WORKERS + 2):
                fetch(base + path)
        report_bytes({path: measure_bytes(base, path) for path in BYTE_PAGES})
        if version:
            say(f"\nLighthouse {version}, Chromium /usr/bin/chromium, {CHROME_FLAGS}")
            results = {}
            for number, path in enumerate(LIGHTHOUSE_PAGES):
                report = lighthouse(
                    base + path,
                    workdir / f"lighthouse-{number}.json",
                    workdir / f"chrome-{number}",
                )
                results[path] = (*scores_and_losses(report), first_view(report))
            report_lighthouse(results)
        say(f"\ntotal {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
