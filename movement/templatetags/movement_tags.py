"""Components that fetch their own data (menus, footer, banner) and small helpers."""

from django import template
from wagtail.models import Locale

from movement import blocks as movement_blocks
from movement.models import Footer, MainNavigation, NoticeBanner

register = template.Library()


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    menu = MainNavigation.objects.for_locale(Locale.get_active())
    return {
        "menu": menu,
        "request": context.get("request"),
        "page": context.get("page"),
    }


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    return {
        "footer": Footer.objects.for_locale(Locale.get_active()),
        "settings": context.get("settings"),
        "request": context.get("request"),
    }


@register.inclusion_tag("components/notice_banner.html")
def notice_banner():
    return {"banner": NoticeBanner.objects.showing(Locale.get_active()).first()}


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
    return page.path.startswith(target.localized.path)


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
