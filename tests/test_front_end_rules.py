"""Front-end rules every page keeps, in every language, read from its HTML (no browser).

One h1, headings that never skip a level, landmarks, nothing a strict
Content-Security-Policy would block, nothing fetched from another host, and images
that cannot shift the layout. Each page is rendered once for the whole module.
"""

from html.parser import HTMLParser
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.utils import translation
from wagtail.models import Page, Site

from home.models import BlogCategory, BlogIndexPage, EventIndexPage
from movement.models import FundamentalsPage

# The module's site fixture reads the test database: pytest-django must create it.
pytestmark = pytest.mark.django_db

# Elements that have no end tag, so they never contain anything.
VOID_ELEMENTS = {
    *("area", "base", "br", "col", "embed", "hr", "img", "input"),
    *("link", "meta", "source", "track", "wbr"),
}
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A <header>/<footer> inside these is not the page's banner/contentinfo landmark.
SECTIONING = ("article", "aside", "main", "nav", "section")
# Attributes that make the browser fetch something.
FETCHED = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
}
FETCHED_LINK_RELS = {"stylesheet", "preload", "modulepreload", "icon", "manifest"}
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "poster")


class Element:
    def __init__(self, tag, attrs, ancestors):
        self.tag, self.attrs, self.ancestors = tag, attrs, ancestors

    def inside(self, *tags):
        return any(tag in self.ancestors for tag in tags)

    def __repr__(self):
        attrs = " ".join(f'{name}="{value}"' for name, value in self.attrs.items())
        return f"<{self.tag} {attrs}>"[:160]


class Outline(HTMLParser):
    """Every start tag with its attributes and the tags it sits inside."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements, self._open = [], []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.elements.append(Element(tag, attributes, tuple(self._open)))
        if tag not in VOID_ELEMENTS:
            self._open.append(tag)

    def handle_endtag(self, tag):
        # Close up to the matching element: an optional end tag left out
        # (</li>, </p>) closes with its parent, as in a browser.
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def all(self, *tags):
        return [element for element in self.elements if element.tag in tags]


def routed_urls(pages):
    """Listings and views that are routes of a page rather than pages of their own."""
    urls = []
    for page in pages:
        if isinstance(page, FundamentalsPage):
            fundamental = page.ordered_fundamentals().first()
            urls.append(f"{page.url}{fundamental.slug}/")
        elif isinstance(page, BlogIndexPage):
            category = BlogCategory.objects.filter(locale_id=page.locale_id).first()
            urls.append(f"{page.url}category/{category.slug}/")
        elif isinstance(page, EventIndexPage):
            urls.append(f"{page.url}past/")
    for code, _name in settings.LANGUAGES:
        urls += [
            f"/{code}/search/?q=resilience",
            f"/{code}/search/?q=zzqxjv",  # the no-results page
            f"/{code}/no-such-page/",  # the 404 page
        ]
    return urls


class RenderedSite(NamedTuple):
    pages: dict  # {url: Outline}
    hosts: set  # the host names that count as this site


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Every live page and route, in every language, read into an Outline.

    Rendered inside a transaction that is rolled back, so renditions and search
    hits made on the way do not reach later tests.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        live = [
            page for page in Page.objects.live().public().specific() if page.depth > 1
        ]
        client = Client()
        rendered = {}
        for url in [page.url for page in live] + routed_urls(live):
            response = client.get(url)
            expected = 404 if url.endswith("/no-such-page/") else 200
            assert response.status_code == expected, url
            rendered[url] = Outline(response.content.decode())
        hosts = {"testserver", *Site.objects.values_list("hostname", flat=True)}
        transaction.set_rollback(True)
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    languages = {urlsplit(url).path.split("/")[1] for url in rendered}
    assert languages == {code for code, _name in settings.LANGUAGES}
    return RenderedSite(rendered, hosts)


def failures(site, check):
    """{url: what is wrong} for every page where `check` finds something."""
    found = {}
    for url, page in site.pages.items():
        problems = check(page, site.hosts)
        if problems:
            found[url] = problems
    return found


def h1_count(page, hosts):
    count = len(page.all("h1"))
    return None if count == 1 else f"{count} h1 elements"


def skipped_heading_levels(page, hosts):
    skips, previous = [], 1
    for heading in page.all(*HEADINGS):
        level = int(heading.tag[1])
        if level > previous + 1:
            skips.append(f"h{previous} -> h{level}")
        previous = level
    return skips


def missing_landmarks(page, hosts):
    problems = []
    mains = page.all("main")
    banners = [e for e in page.all("header") if not e.inside(*SECTIONING)]
    footers = [e for e in page.all("footer") if not e.inside(*SECTIONING)]
    if len(mains) != 1:
        problems.append(f"{len(mains)} <main>")
    if len(banners) != 1:
        problems.append(f"{len(banners)} banner <header>")
    if len(footers) != 1:
        problems.append(f"{len(footers)} page <footer>")
    problems += [
        f"unlabelled {nav!r}"
        for nav in page.all("nav")
        if not (nav.attrs.get("aria-label") or nav.attrs.get("aria-labelledby"))
    ]
    return problems


def blocked_by_strict_csp(page, hosts):
    """What `script-src 'self'; style-src 'self'` (no 'unsafe-inline') would block."""
    problems = []
    for element in page.elements:
        inline = element.tag == "script" and "src" not in element.attrs
        if inline and element.attrs.get("type") != "application/ld+json":
            problems.append(f"inline script {element!r}")
        if element.tag == "style":
            problems.append("inline <style> element")
        if "style" in element.attrs:
            problems.append(f"style attribute on {element!r}")
        problems += [
            f"{name} handler on {element!r}"
            for name in element.attrs
            if name.startswith("on")
        ]
        problems += [
            f"javascript: URL on {element!r}"
            for name in URL_ATTRIBUTES
            if "".join(element.attrs.get(name, "").split())
            .lower()
            .startswith("javascript:")
        ]
    return problems


def fetched_urls(element):
    names = FETCHED.get(element.tag, ())
    if element.tag == "link":
        rels = set(element.attrs.get("rel", "").lower().split())
        names = ("href",) if rels & FETCHED_LINK_RELS else ()
    for name in names:
        value = element.attrs.get(name, "")
        if name == "srcset":
            yield from (
                candidate.split()[0] for candidate in value.split(",") if candidate
            )
        elif value:
            yield value


def third_party_urls(page, hosts):
    """Anything fetched must come from this site: a relative URL or one of our hosts."""
    problems = []
    for element in page.elements:
        for url in fetched_urls(element):
            parts = urlsplit(url.strip())
            local = not parts.scheme and not parts.netloc
            ours = parts.scheme in ("http", "https") and parts.hostname in hosts
            if not (local or ours):
                problems.append(f"{element.tag} fetches {url}")
    return problems


def images_that_shift_or_say_nothing(page, hosts):
    return [
        f"{image!r} lacks {', '.join(missing)}"
        for image in page.all("img")
        if (missing := [a for a in ("width", "height", "alt") if a not in image.attrs])
    ]


@pytest.mark.parametrize(
    "check",
    [
        h1_count,
        skipped_heading_levels,
        missing_landmarks,
        blocked_by_strict_csp,
        third_party_urls,
        images_that_shift_or_say_nothing,
    ],
)
def test_every_page_keeps_the_front_end_rules(site, check):
    assert len(site.pages) > 100  # every language's pages, not just a few
    assert failures(site, check) == {}


# The checks themselves, on pages that break each rule.
BROKEN = {
    h1_count: "<main><h1>One</h1><h1>Two</h1></main>",
    skipped_heading_levels: "<h1>Title</h1><h2>Part</h2><h4>Detail</h4>",
    missing_landmarks: "<header></header><main></main><main></main><nav></nav>",
    blocked_by_strict_csp: '<a href=" JavaScript:go()" onclick="go()">go</a>',
    third_party_urls: '<img src="https://fonts.example.com/a.png" alt="">',
    images_that_shift_or_say_nothing: '<img src="/media/a.png" alt="">',
}
BROKEN_TOO = [
    (blocked_by_strict_csp, "<script>alert(1)</script>"),
    (blocked_by_strict_csp, '<p style="color: red">red</p>'),
    (third_party_urls, '<link rel="stylesheet" href="//cdn.example.com/a.css">'),
    (third_party_urls, '<img src="/a.png" srcset="/a.png 1x, https://x.io/b.png 2x">'),
]


def case_id(value):
    """The check's name or the start of the HTML: the same in every xdist worker."""
    return getattr(value, "__name__", None) or str(value)[:30]


@pytest.mark.parametrize(("check", "html"), [*BROKEN.items(), *BROKEN_TOO], ids=case_id)
def test_each_check_catches_what_it_is_for(check, html):
    assert check(Outline(html), {"testserver"})


def test_checks_accept_what_the_rules_allow():
    html = (
        "<header><nav aria-label='Main'></nav></header><main><h1>T</h1><h2>A</h2>"
        "<h3>B</h3><h2>C</h2><article><header></header><footer></footer></article>"
        '<script type="application/ld+json">{}</script><script src="/static/s.js">'
        '</script><img src="http://testserver/m.png" width="1" height="1" alt="">'
        "</main><footer></footer>"
    )
    page = Outline(html)
    for check in BROKEN:
        assert not check(page, {"testserver"}), check.__name__
