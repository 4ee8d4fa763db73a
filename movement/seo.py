"""What search engines and link previews read about a page.

The description and share image with their fallbacks, Open Graph locales, and
the schema.org graph (JSON-LD) as plain dicts. Nothing here renders HTML:
movement/templatetags/seo_tags.py puts it in <head> and caches the result.
"""

import html
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.images.models import SourceImageIOError

from movement.alt_text import fallback_alt_text
from movement.i18n import active_locale, content_language
from movement.language import home_url
from movement.models import SiteIdentity, SiteSettings

DESCRIPTION_LENGTH = 160
HEADLINE_LENGTH = 110  # Google shows no more of an article's headline
# 1.91:1, the shape Facebook, LinkedIn and X crop link previews to; JPEG,
# because not every preview service reads WebP.
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg"
# The opening words of each page type, in order of preference, for a description.
SUMMARY_FIELDS = ("introduction", "summary", "hero_intro", "the_ask")
# Open Graph wants language_TERRITORY; these are the forms Facebook accepts.
OG_LOCALES = {"en": "en_GB", "pl": "pl_PL", "es": "es_ES", "ar": "ar_AR"}
SCHEMA = "https://schema.org"
ATTENDANCE_MODES = {
    "in_person": f"{SCHEMA}/OfflineEventAttendanceMode",
    "online": f"{SCHEMA}/OnlineEventAttendanceMode",
    "hybrid": f"{SCHEMA}/MixedEventAttendanceMode",
}
# JSON inside <script> ends at the first "</script>": escaped as json_script does.
SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def plain_text(value):
    """Rich text or plain text as one line of words, tags and entities gone."""
    return " ".join(html.unescape(strip_tags(str(value or ""))).split())


def first_text(*candidates):
    for candidate in candidates:
        if text := plain_text(candidate):
            return text
    return ""


def summary_text(page):
    """The page's own opening words: its introduction, summary or hero text."""
    return first_text(*(getattr(page, name, "") for name in SUMMARY_FIELDS))


def truncated(text, length=DESCRIPTION_LENGTH):
    return Truncator(text).chars(length)


def meta_description(page, tagline=""):
    """search description > social text > listing summary > opening words > tagline."""
    return truncated(
        first_text(
            page.search_description,
            getattr(page, "social_text", ""),
            getattr(page, "listing_summary", ""),
            summary_text(page),
            tagline,
        )
    )


def share_description(page, tagline=""):
    """What a link preview says: the editor's social text first, then as above."""
    return truncated(
        first_text(
            getattr(page, "share_text", ""),
            summary_text(page),
            tagline,
        )
    )


def iso_time(moment):
    """e.g. 2026-11-24T00:00:51+00:00: to the second, which is all anyone reads."""
    return moment.replace(microsecond=0).isoformat() if moment else ""


def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


@dataclass(frozen=True)
class FeedLink:
    """A feed or calendar of a page's content, for <link rel="alternate">."""

    content_type: str
    title: str
    url: str


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


def share_image(page, request):
    """The social image, else the card image, else a hero image, cropped for previews."""
    image = (
        getattr(page, "share_image", None)
        or getattr(page, "card_image", None)
        or getattr(page, "hero_image", None)
    )
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_FILTER)
    except SourceImageIOError:  # the file is missing: a preview without a picture
        return None
    return ShareImage(
        request.build_absolute_uri(rendition.url),
        rendition.width,
        rendition.height,
        fallback_alt_text(image),
    )


@dataclass(frozen=True)
class SiteFacts:
    """The organisation, as every page's structured data names it."""

    id: str  # the same in every language: one organisation
    name: str
    tagline: str
    url: str  # the home page in the visitor's language, absolute
    logo: str
    same_as: list = field(default_factory=list)  # social media profiles

    @property
    def x_handle(self):
        """ "@name" from an X (Twitter) profile link, for twitter:site."""
        for url in self.same_as:
            host, _slash, rest = url.partition("://")[2].partition("/")
            if host.removeprefix("www.") in ("x.com", "twitter.com") and rest:
                return "@" + rest.strip("/").split("/")[0].lstrip("@")
        return ""


def site_facts(request):
    """Two queries: the name and tagline in this language, and the social links."""
    identity = SiteIdentity.objects.for_locale(active_locale())
    site_settings = SiteSettings.for_request(request)
    return SiteFacts(
        id=request.build_absolute_uri("/") + "#organization",
        name=identity.name if identity else settings.WAGTAIL_SITE_NAME,
        tagline=identity.tagline if identity else "",
        url=request.build_absolute_uri(home_url(active_locale().language_code)),
        logo=request.build_absolute_uri(static("img/favicon.svg")),
        same_as=[link.value["url"] for link in site_settings.social_links],
    )


# schema.org nodes


def organization(site):
    node = {
        "@type": "Organization",
        "@id": site.id,
        "name": site.name,
        "url": site.url,
        "logo": site.logo,
    }
    if site.tagline:
        node["description"] = site.tagline
    if site.same_as:
        node["sameAs"] = site.same_as
    return node


def web_page(page, facts):
    """Any page: what it is called, says, and which language and site it is in."""
    node = {
        "@type": "WebPage",
        "@id": f"{facts.url}#webpage",
        "url": facts.url,
        "name": page.seo_title or page.title,
        "inLanguage": facts.language,
        "publisher": {"@id": facts.site.id},
    }
    if facts.description:
        node["description"] = facts.description
    if facts.image:
        node["primaryImageOfPage"] = image_object(facts.image)
    return node


def image_object(image):
    return {
        "@type": "ImageObject",
        "url": image.url,
        "width": image.width,
        "height": image.height,
    }


def described(node, facts):
    """`node` with the page's description and share image, where it has them."""
    if facts.description:
        node["description"] = facts.description
    if facts.image:
        node["image"] = [facts.image.url]
    return node


def blog_posting(page, facts):
    node = {
        "@type": "BlogPosting",
        "@id": f"{facts.url}#article",
        "headline": Truncator(page.title).chars(HEADLINE_LENGTH),
        "url": facts.url,
        "mainEntityOfPage": {"@id": f"{facts.url}#webpage"},
        "datePublished": page.date.isoformat(),
        "inLanguage": facts.language,
        "publisher": {"@id": facts.site.id},
        "author": [{"@type": "Person", "name": name} for name in facts.authors]
        or {"@id": facts.site.id},
    }
    if page.last_published_at:
        node["dateModified"] = iso_time(page.last_published_at)
    return [web_page(page, facts), described(node, facts)]


def event(page, facts):
    """Times in the event's own zone, with its offset, as Google asks."""
    zone = page.zone
    node = {
        "@type": "Event",
        "@id": f"{facts.url}#event",
        "name": page.title,
        "url": facts.url,
        "startDate": page.start.astimezone(zone).isoformat(),
        "endDate": page.end.astimezone(zone).isoformat(),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES.get(
            page.attendance, ATTENDANCE_MODES["in_person"]
        ),
        "location": event_locations(page, facts),
        "organizer": {
            "@type": "Organization",
            "name": facts.site.name,
            "url": facts.site.url,
        },
        "inLanguage": facts.language,
        "isAccessibleForFree": bool(page.is_free),
    }
    return [web_page(page, facts), described(node, facts)]


def event_locations(page, facts):
    locations = []
    if page.is_in_person:
        place = {"@type": "Place", "name": page.venue_name or page.title}
        address = ", ".join(
            line.strip() for line in page.venue_address.splitlines() if line.strip()
        )
        if address:
            place["address"] = {"@type": "PostalAddress", "streetAddress": address}
        locations.append(place)
    if page.is_online:
        # A private joining link is sent on booking: the page says how to book.
        locations.append(
            {"@type": "VirtualLocation", "url": page.online_url or facts.url}
        )
    return locations[0] if len(locations) == 1 else locations


def campaign(page, facts):
    """schema.org has no campaign type. A Project ("an enterprising endeavor,
    typically carried out by an organization") run by us is the closest fit,
    and the page is about it."""
    project = {
        "@type": "Project",
        "@id": f"{facts.url}#campaign",
        "name": page.title,
        "url": facts.url,
        "parentOrganization": {"@id": facts.site.id},
    }
    if ask := plain_text(page.the_ask):
        project["description"] = ask
    if facts.image:
        project["image"] = facts.image.url
    page_node = web_page(page, facts)
    page_node["about"] = {"@id": project["@id"]}
    return [page_node, project]


def home(page, facts):
    website = {
        "@type": "WebSite",
        "@id": f"{facts.site.url}#website",
        "url": facts.site.url,
        "name": facts.site.name,
        "inLanguage": facts.language,
        "publisher": {"@id": facts.site.id},
    }
    return [web_page(page, facts), website]


def any_page(page, facts):
    return [web_page(page, facts)]


# Which builder describes which page type; any other page is a WebPage.
NODE_BUILDERS = {
    "home.HomePage": home,
    "home.BlogPostPage": blog_posting,
    "home.EventPage": event,
    "campaigns.CampaignPage": campaign,
}


def breadcrumb_list(trail, facts):
    """trail: [(name, absolute url)] from the home page down to this page."""
    return {
        "@type": "BreadcrumbList",
        "@id": f"{facts.url}#breadcrumb",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


@dataclass(frozen=True)
class PageFacts:
    """What the structured data of one page is built from."""

    site: SiteFacts
    url: str  # canonical, absolute
    language: str
    description: str
    image: ShareImage | None
    authors: list = field(default_factory=list)  # names, for articles
    trail: list = field(default_factory=list)  # breadcrumbs, for BreadcrumbList


def structured_data(page, facts):
    """The schema.org graph for a page: the organisation, the page, its breadcrumbs."""
    build = NODE_BUILDERS.get(page._meta.label, any_page)
    graph = [organization(facts.site), *build(page, facts)]
    if len(facts.trail) > 1:
        graph.append(breadcrumb_list(facts.trail, facts))
    return {"@context": SCHEMA, "@graph": graph}


def page_language(page):
    return content_language(page) or page.locale.language_code


def json_ld(data):
    """JSON for a <script type="application/ld+json"> block that no value can end early."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE)
