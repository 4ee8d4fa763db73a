"""Components that fetch their own data (menus, footer, banner) and small helpers."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page

from movement import blocks as movement_blocks
from movement.furniture import furniture_generation, once_per_request
from movement.i18n import (
    active_locale,
    content_language,
    lang_attributes_for,
    language_of,
    localized,
    remember_translations,
)
from movement.models import Footer, MainNavigation, NoticeBanner
from movement.models.framework import odds_level_urls as level_urls_in
from movement.models.site_settings import SOCIAL_PLATFORMS, SiteSettings
from movement.privacy import document_restriction
from movement.render_cache import remembered
from movement.seo import ancestors, organisation_identity
from movement.tiered_cache import rendered

register = template.Library()


@register.simple_tag(takes_context=True)
def furniture_cache_key(context):
    """Varies the cached header and footer by language, content and the page's section.

    None on the error pages (movement.views), which must not ask the database.
    """
    if context.get("offline"):
        return None
    page = context.get("page")
    section = page.path[: Page.steplen * 3] if isinstance(page, Page) else ""
    return f"{translation.get_language()}:{furniture_generation()}:{section}"


@register.simple_tag(takes_context=True)
def site_name(context):
    """The organisation's name in the visitor's language."""
    return organisation_identity(context.get("request"))[0]


@register.simple_tag(takes_context=True)
def page_ancestors(context, page):
    """`{% page_ancestors page as ancestors %}`: from the home page down, for
    breadcrumbs; no query once read in this content generation."""
    return ancestors(page, context.get("request"))


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    return {
        "menu": menu_and_footer()[0],
        "request": context.get("request"),
        "page": context.get("page"),
    }


@register.inclusion_tag("components/header_action.html", takes_context=True)
def header_action(context):
    """The header's button ("Get involved"), from the main navigation."""
    menu = menu_and_footer()[0]
    return {
        "link": menu.action[0].value if menu is not None and menu.action else None,
        "request": context.get("request"),
        "page": context.get("page"),
    }


@register.inclusion_tag("components/site_brand.html", takes_context=True)
def site_brand(context):
    """The header's logo (site settings), else the organisation's name in text."""
    request = context.get("request")
    site_settings = SiteSettings.for_request(request) if request else None
    logo = site_settings.logo if site_settings and site_settings.logo else None
    return {
        "name": organisation_identity(request)[0],
        "logo": logo,
        "width": site_settings.logo_width if logo else None,
        "height": site_settings.logo_height if logo else None,
    }


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context, sign_up=True):
    """The footer; `sign_up=False` leaves out the newsletter form (on the
    newsletter's own pages, which have it above)."""
    return {
        "footer": menu_and_footer()[1],
        "settings": context.get("settings"),
        "request": context.get("request"),
        "sign_up": sign_up,
    }


def menu_and_footer():
    """The menu and footer in the visitor's language, with every link's page swapped
    for its translation in one query for both. The header and footer are cached as
    fragments under the same key, so they are built in the same request."""
    return once_per_request(
        f"menu-and-footer:{translation.get_language()}:{furniture_generation()}",
        _menu_and_footer,
    )


def _menu_and_footer():
    locale = active_locale()
    menu = MainNavigation.objects.for_locale(locale)
    footer = Footer.objects.for_locale(locale)
    links = []
    for section in menu.items if menu is not None else ():
        links.append(section.value["link"])
        links.extend(section.value["children"] or ())
    links.extend(item.value for item in (menu.action if menu is not None else ()))
    links.extend(item.value for item in (footer.links if footer is not None else ()))
    in_visitor_language(links)
    return menu, footer


def in_visitor_language(links):
    """Each link's page swapped for its live translation in the visitor's language,
    all found in one query; `link_href`, `link_text` and `is_current` then find
    each page already in that language, instead of asking once a link."""
    locale_id = active_locale().id
    strays = [
        link
        for link in links
        if link.get("page") is not None and link["page"].locale_id != locale_id
    ]
    if not strays:
        return
    found = {
        page.translation_key: page
        for page in Page.objects.filter(
            locale_id=locale_id,
            live=True,
            translation_key__in={link["page"].translation_key for link in strays},
        )
    }
    remember_translations([link["page"] for link in strays], found, locale_id)
    for link in strays:
        link["page"] = found.get(link["page"].translation_key, link["page"])


@register.simple_tag
def notice_banner():
    """The banner showing now, cached until it is edited or its time window changes."""
    key = f"notice-banner:{translation.get_language()}:{furniture_generation()}"
    html = rendered.get(key)
    if html is None:
        banner, seconds = NoticeBanner.objects.showing_and_seconds_until_change(
            active_locale(), timezone.now()
        )
        html = render_to_string("components/notice_banner.html", {"banner": banner})
        rendered.set(key, html, seconds)
    return html


@register.filter
def link_href(link_value):
    """The address of a LinkBlock value, in the visitor's language where a page has one."""
    return movement_blocks.link_href(link_value)


@register.filter
def link_text(link_value):
    return movement_blocks.link_text(link_value)


@register.simple_tag(takes_context=True)
def is_current(context, link_value):
    """True when a menu link points at the page being shown or one of its ancestors."""
    page = context.get("page")
    target = link_value.get("page")
    if not page or not target:
        return False
    return page.path.startswith(localized(target).path)


@register.filter
def document_meta(document):
    """e.g. "PDF, 1.2 MB, 24 pages": what a visitor on a slow network needs to know."""
    from django.template.defaultfilters import filesizeformat
    from django.utils.translation import ngettext

    parts = [document.file_extension.upper()]
    size = document.get_file_size()
    if size:
        parts.append(filesizeformat(size))
    page_count = getattr(document, "page_count", None)
    if page_count:
        parts.append(
            ngettext("%(count)d page", "%(count)d pages", page_count)
            % {"count": page_count}
        )
    return ", ".join(parts)


@register.filter
def access_restriction(document):
    """ "login", "groups" or "password" when the document is private, else None."""
    return document_restriction(document)


@register.filter(name="localized")
def localized_filter(instance):
    """A chosen page or snippet in the visitor's language, where it has been translated."""
    return localized(instance)


@register.simple_tag(takes_context=True)
def editor_userbar(context):
    """Wagtail's userbar, for visitors who have a session (editors) only.

    Checking who is logged in reads the session, which makes every response
    vary on Cookie; anonymous visitors have no session cookie, so their pages
    stay identical and cacheable.
    """
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context)


@register.filter
def platform_name(code):
    """'youtube' -> 'YouTube': the name a social link shows."""
    return dict(SOCIAL_PLATFORMS).get(code, code)


@register.filter
def lang_attributes(instance):
    """` lang=".." dir=".."` when a snippet or page's words are in another language
    than the visitor's, else "".

    A menu not yet translated falls back to English, and a card or link may lead
    to a page not yet translated; screen readers must read those as English.
    """
    if instance is None:
        return ""
    if isinstance(instance, Page):
        return lang_attributes_for(content_language(instance))
    return lang_attributes_for(language_of(instance.locale_id))


# Where the words around a link may be in either language (breadcrumbs inside an
# untranslated page's English content), say each link's language outright.
register.filter("content_language", content_language)


@register.filter
def link_lang_attributes(link_value):
    """lang attributes for a link whose words are a page title in another language."""
    page = link_value.get("page")
    if link_value.get("text") or page is None:
        return ""
    return lang_attributes(localized(page))


@register.inclusion_tag("components/card.html")
def page_card(page, meta="", heading_level=None):
    """A page's card: components/card.html filled from the page's card fields.

    A tag rather than an include, so a list item's card fits on one line:
    `{% page_card post meta=post.date|date heading_level=2 %}`.
    """
    return {
        "title": page.card_title,
        "url": page.url,
        "summary": page.card_summary,
        "image": page.card_image,
        "label": page.card_label,
        "icon": page.card_icon,
        "meta": meta,
        "heading_level": heading_level,
        "lang_attributes": lang_attributes(page),
    }


@register.filter(expects_localtime=True)
def day_and_date(value):
    """e.g. "Thursday 4 July 2030", "czwartek 4 lipca 2030": each language's own date grammar."""
    return f"{date_format(value, 'l')} {date_format(value, 'DATE_FORMAT')}"


@register.simple_tag
def odds_level_urls():
    """{level: address} of each level's page in the visitor's language, e.g. for
    the odds-comparison block's headings; none while it has no framework page."""
    locale_id = active_locale().id
    return remembered(
        None, "odds-level-urls", locale_id, compute=lambda: level_urls_in(locale_id)
    )
