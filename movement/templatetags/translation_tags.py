"""What a visitor sees of languages: the switcher, hreflang, canonical, untranslated notice.

A page that exists only in English appears under /pl/ as an alias (see
docs/decisions/0003-untranslated-pages.md). Visitors and search engines are
offered only real translations: live, public and not aliases.

An alias's content is marked lang="en" but rendered for the Polish site, not
inside {% language "en" %}: that would also make its links (link blocks, page
cards, which find the visitor's language through movement.i18n) lead to the
English site. So its template labels and dates stay in the visitor's language.
"""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from wagtail.models import Page

from movement.furniture import CACHE_SECONDS, furniture_generation
from movement.i18n import text_direction
from movement.i18n.switching import home_url
from movement.models import every_page
from movement.tiered_cache import rendered

register = template.Library()


@dataclass(frozen=True)
class Language:
    code: str
    url: str  # the page in this language, relative to the site
    current: bool = False
    linked: bool = True  # False: shown in the switcher, but not a translation

    @property
    def info(self):
        try:
            return translation.get_language_info(self.code)
        except KeyError:  # a language Django does not know: settings name it
            name = dict(settings.LANGUAGES).get(self.code, self.code)
            return {"name_local": name, "name_translated": name}

    @property
    def name(self):
        """The language's name in that language: "Polski", "العربيّة"."""
        return capfirst(self.info["name_local"])

    @property
    def name_translated(self):
        """The language's name in the visitor's language: "angielski" for a Pole."""
        return self.info["name_translated"]

    @property
    def direction(self):
        return text_direction(self.code)

    @property
    def choose_url(self):
        """Through the view that remembers the choice, then on to the page."""
        choose = reverse("choose_language", args=[self.code])
        return f"{choose}?{urlencode({'next': self.url})}"


@dataclass(frozen=True)
class PageLanguages:
    """The languages a page can be read in, and what an untranslated page is."""

    links: list  # Language of each real translation, in settings order
    current: Language  # the visitor's language (not in links on an untranslated page)
    source: Language | None  # for an untranslated page: the language it is written in
    canonical: str | None  # absolute URLs, for <head>; None when not this page's URL
    alternates: list  # (hreflang, absolute url) incl. x-default

    @property
    def untranslated(self):
        return self.source is not None

    @property
    def switcher(self):
        """The links, and on an untranslated page its language, unlinked, in order."""
        if not self.untranslated:
            return self.links
        return _ordered([*self.links, replace(self.current, linked=False)])


@register.simple_tag(takes_context=True)
def page_languages(context):
    """`{% page_languages as languages %}`: the page's translations, and its place.

    Without a page (search, 404), each language's home page stands in.
    The result drives the switcher, <link rel="canonical|alternate"> and the
    untranslated-page notice, so base.html asks once.
    """
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or page.pk is None:
        return _home_languages()
    if request is None:
        return None
    return _languages_of(page, request)


def _languages_of(page, request):
    current_code = translation.get_language()
    translations = {item.pk: item for item in _translations(page, request)}
    links = _ordered(
        Language(item.code, item.url, current=item.pk == page.pk)
        for item in translations.values()
        if item.alias_of_id is None and item.url
    )
    current = next(
        (link for link in links if link.current),
        Language(current_code, page.get_url(request), current=True),
    )
    source = _source_language(page, translations, request)

    on_page = request.path == page.get_url(request)
    if not on_page:  # a route of a routable page, or a preview: itself only
        return PageLanguages(links, current, source, _absolute(request), [])
    # An untranslated page is canonical to its source, which search engines
    # then show instead. No "noindex" as well: Google reads noindex with a
    # canonical as conflicting signals, and the canonical alone already keeps
    # the copy out of results while passing its links' value to the source.
    canonical = source.url if source and source.url else current.url
    alternates = [(link.code, request.build_absolute_uri(link.url)) for link in links]
    default = [link for link in links if link.code == settings.LANGUAGE_CODE]
    if default:
        alternates.append(("x-default", request.build_absolute_uri(default[0].url)))
    return PageLanguages(
        links,
        current,
        source,
        request.build_absolute_uri(canonical),
        alternates if len(links) > 1 else [],
    )


def _source_language(page, translations, request):
    """For an alias of a page in another language: that language, and its address.

    An alias in the same language (Wagtail's "copy as alias" within a tree) is
    not an untranslated page. The source is among the translations unless
    it is private (then it has no link) or was aliased into another language
    as a new page rather than a translation (then it costs a query).
    """
    if page.alias_of_id is None:
        return None
    source = translations.get(page.alias_of_id)
    if source is not None:
        return Language(source.code, source.url)
    original = Page.objects.filter(pk=page.alias_of_id).select_related("locale").first()
    if original is None or original.locale_id == page.locale_id:
        return None
    public = every_page().filter(pk=original.pk).visible().exists()
    return Language(
        original.locale.language_code, original.get_url(request) if public else ""
    )


@dataclass(frozen=True)
class _Translation:
    pk: int
    code: str
    url: str
    alias_of_id: int | None


def _translations(page, request):
    """The page's live, public translations and aliases, incl. itself.

    Cached like the header and footer: until any page is published,
    unpublished, moved or deleted (movement.furniture), so a warm page
    spends no query on its languages.
    """
    key = ":".join(
        [
            "page-languages",
            furniture_generation(),
            page.translation_key.hex,
            request.get_host(),
        ]
    )
    found = rendered.get(key)
    if found is None:
        pages = every_page().filter(translation_key=page.translation_key).visible()
        found = [
            _Translation(
                item.pk,
                item.locale.language_code,
                item.get_url(request),
                item.alias_of_id,
            )
            for item in pages.select_related("locale")
        ]
        rendered.set(key, found, CACHE_SECONDS)
    return found


def _home_languages():
    """Each language's home page, for views that are not pages (search, 404, 500).

    Every language has a home page (a translation or an alias of the English
    one), so its address is known without asking the database, which the 500
    page must not touch.
    """
    current_code = translation.get_language()
    links = [
        Language(code, home_url(code), current=code == current_code)
        for code, _name in settings.LANGUAGES
    ]
    current = next(
        (link for link in links if link.current), Language(current_code, "", True)
    )
    return PageLanguages(links, current, None, None, [])


def _ordered(languages):
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(
        languages,
        key=lambda item: order.index(item.code) if item.code in order else len(order),
    )


def _absolute(request):
    return request.build_absolute_uri(request.path)
