"""Screenshots of every page type to look at (issue 20): not a test, it writes PNGs.

    cd /work/main && .venv/bin/python bench/screenshots.py            # about 8 minutes
    .venv/bin/python bench/screenshots.py --pages /en/ /ar/ --widths 320 --schemes dark

Serves the demo site as bench/frontend.py does (production settings, gunicorn on a
free 127.0.0.1 port, a throwaway SQLite database) and photographs each page, whole,
with Debian's Chromium at 320, 390 and 1280 CSS pixels wide, in the light and the
dark theme (`prefers-color-scheme`), with service workers blocked so every shot
is the page as served. The files go to --out (default /tmp/screenshots), named
`<page>-<width>-<scheme>.png`; it prints one line per page and width with the
page's height and, when the page is wider than the screen, by how much.
"""

import argparse
import re
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: the project, not bench/, on the path
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.frontend import demo_served  # noqa: E402
from bench.serving import say  # noqa: E402

# One page of each type, in English; Arabic is the same paths under /ar/.
PAGE_TYPES = [
    "/en/",
    "/en/about/",
    "/en/get-involved/",
    "/en/fundamentals/",
    "/en/fundamentals/co-production/",
    "/en/framework/",
    "/en/framework/being-brave/",
    "/en/blog/",
    "/en/blog/blackpool-schools-community-of-practice/",
    "/en/campaigns/",
    "/en/campaigns/same-pay-for-the-same-day/",
    "/en/resources/",
    "/en/resources/bounce-forward-teacher-pack/",
    "/en/communities/bouncing-back/",
    "/en/events/",
    "/en/events/blackpool-schools-community-of-practice/",
    "/en/newsletter/",
    "/en/search/?q=resilience",
    "/en/no-such-page/",
]
WIDTHS = [320, 390, 1280]
SCHEMES = ["light", "dark"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def file_name(path, width, scheme):
    """e.g. "ar-campaigns-same-pay-for-the-same-day-320-dark.png"."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")
    return f"{slug}-{width}-{scheme}.png"


def photograph(base, paths, widths, schemes, out):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        for scheme in schemes:
            for width in widths:
                context = browser.new_context(
                    viewport={"width": width, "height": 800},
                    color_scheme=scheme,
                    service_workers="block",
                )
                page = context.new_page()
                for path in paths:
                    page.goto(base + path, wait_until="load")
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth - innerWidth"
                    )
                    height = page.evaluate("document.documentElement.scrollHeight")
                    name = file_name(path, width, scheme)
                    page.screenshot(path=out / name, full_page=True)
                    wider = f"  WIDER BY {overflow} px" if overflow > 0 else ""
                    say(f"{name:64} {height:6} px tall{wider}")
                context.close()
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages", nargs="+", help="paths (default: every page type, en and ar)"
    )
    parser.add_argument("--widths", nargs="+", type=int, default=WIDTHS)
    parser.add_argument("--schemes", nargs="+", choices=SCHEMES, default=SCHEMES)
    parser.add_argument("--out", type=Path, default=Path("/tmp/screenshots"))
    options = parser.parse_args()
    paths = options.pages or [
        *PAGE_TYPES,
        *(path.replace("/en/", "/ar/", 1) for path in PAGE_TYPES),
    ]
    options.out.mkdir(parents=True, exist_ok=True)

    with demo_served("screenshots-") as (base, _workdir):
        photograph(base, paths, options.widths, options.schemes, options.out)
    shots = len(paths) * len(options.widths) * len(options.schemes)
    say(f"\n{shots} shots in {options.out}")


if __name__ == "__main__":
    main()
