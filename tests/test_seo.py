"""What search engines and link previews read in <head>: description, Open Graph,
Twitter card and schema.org JSON-LD (movement/seo.py, movement/templatetags/seo_tags.py)."""

import datetime
import json
import re
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from campaigns.models import CampaignPage
from home.models import BlogPostAuthor, HomePage, StandardPage
from movement import seo
from movement.models import SiteIdentity, SiteSettings
from tests.event_factories import EventIndexPageFactory, EventPageFactory
from tests.factories import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    ImageFactory,
    PersonFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


class HeadParser(HTMLParser):
    """<meta> contents by property or name, and <link rel="alternate"> types."""

    def __init__(self):
        super().__init__()
        self.meta, self.feeds = {}, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "content" in attrs:
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs["content"])
        if tag == "link" and attrs.get("rel") == "alternate" and attrs.get("type"):
            self.feeds.append((attrs["type"], attrs["href"]))


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    parser = HeadParser()
    parser.feed(html.split("</head>")[0])
    return parser, html


def meta(client, url, key):
    values = head_of(client, url)[0].meta.get(key, [])
    return values[0] if len(values) == 1 else values


def graph_of(html):
    """The JSON-LD graph, by @type: exactly one data block, and it parses."""
    blocks = LD_JSON.findall(html)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org"
    nodes = {}
    for node in data["@graph"]:
        types = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        for kind in types:
            nodes[kind] = node
    return nodes


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page, title="News", slug="news")


@pytest.fixture
def tagline():
    identity = SiteIdentity.objects.get(locale=Locale.get_default())
    return identity.tagline


def wide_image(alt="Young people around a table"):
    return ImageFactory(file__width=2400, file__height=1400, description=alt)


# The description and its fallbacks


@pytest.mark.parametrize(
    "fields, expected",
    [
        (
            {"search_description": "Search words", "social_text": "Social words"},
            "Search words",
        ),
        ({"social_text": "Social words", "listing_summary": "Card"}, "Social words"),
        ({"listing_summary": "Card words"}, "Card words"),
        (
            {"introduction": "<p>Opening <b>words</b> &amp; more</p>"},
            "Opening words & more",
        ),
    ],
)
def test_description_falls_back_from_search_description_to_opening_words(
    client, home_page, fields, expected
):
    page = StandardPageFactory(parent=home_page, **fields)
    assert meta(client, page.url, "description") == expected


def test_a_page_with_no_words_of_its_own_is_described_by_the_tagline(
    client, home_page, tagline
):
    page = StandardPageFactory(parent=home_page)
    assert tagline
    assert meta(client, page.url, "description") == tagline
    assert meta(client, page.url, "og:description") == tagline


def test_link_previews_prefer_the_social_text(client, home_page):
    page = StandardPageFactory(
        parent=home_page, search_description="For search", social_text="For sharing"
    )
    assert meta(client, page.url, "og:description") == "For sharing"
    assert meta(client, page.url, "description") == "For search"


def test_long_descriptions_are_cut_to_160_characters(client, home_page):
    page = StandardPageFactory(
        parent=home_page, introduction="<p>" + "word " * 80 + "</p>"
    )
    description = meta(client, page.url, "description")
    assert len(description) == seo.DESCRIPTION_LENGTH
    assert description.endswith("…")


def test_title_prefers_the_seo_title(client, home_page):
    page = StandardPageFactory(
        parent=home_page, title="Who", slug="who", seo_title="Who we are"
    )
    parser, html = head_of(client, page.url)
    assert parser.meta["og:title"] == ["Who we are"]
    assert "<title>Who we are | " in html
    assert graph_of(html)["WebPage"]["name"] == "Who we are"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_home_pages_title_does_not_say_the_site_name_twice(client, language):
    html = client.get(f"/{language}/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S)[1]
    parts = [" ".join(part.split()) for part in title.split("|")]
    assert len(parts) == 2 and parts[0] != parts[1], title
    assert parts[1] == "Resilience Revolution"


# Open Graph and Twitter card


def test_share_image_is_an_absolute_1200_by_630_jpeg_with_its_alt_text(client, blog):
    post = BlogPostPageFactory(parent=blog, featured_image=wide_image())
    rendition = post.featured_image.get_rendition(seo.SHARE_IMAGE_FILTER)
    parser, html = head_of(client, post.url)
    assert parser.meta["og:image"] == [f"http://testserver{rendition.url}"]
    assert rendition.url.endswith(".jpg")
    assert parser.meta["og:image:width"] == ["1200"]
    assert parser.meta["og:image:height"] == ["630"]
    assert parser.meta["og:image:alt"] == ["Young people around a table"]
    assert parser.meta["twitter:card"] == ["summary_large_image"]
    assert parser.meta["twitter:image:alt"] == ["Young people around a table"]
    assert graph_of(html)["BlogPosting"]["image"] == [
        f"http://testserver{rendition.url}"
    ]


def test_the_social_image_wins_over_the_card_image(client, blog):
    social = wide_image("Chosen for sharing")
    post = BlogPostPageFactory(
        parent=blog, featured_image=wide_image(), social_image=social
    )
    expected = social.get_rendition(seo.SHARE_IMAGE_FILTER).url
    assert meta(client, post.url, "og:image") == f"http://testserver{expected}"
    assert meta(client, post.url, "og:image:alt") == "Chosen for sharing"


def test_a_page_without_an_image_gets_a_summary_card(client, home_page):
    assert SiteSettings.objects.get().share_image is None  # nor the site one
    page = StandardPageFactory(parent=home_page)
    parser, html = head_of(client, page.url)
    assert "og:image" not in parser.meta
    assert parser.meta["twitter:card"] == ["summary"]
    assert "primaryImageOfPage" not in graph_of(html)["WebPage"]


def with_site_share_image(image):
    site_settings = SiteSettings.objects.get()
    site_settings.share_image = image
    site_settings.save()
    return image


def test_a_page_without_an_image_is_shared_with_the_sites(client, home_page):
    """Issue 20: a link sent in a messaging app always shows a picture."""
    site_image = with_site_share_image(wide_image("Our logo on a crowd"))
    rendition = site_image.get_rendition(seo.SHARE_IMAGE_FILTER)
    page = StandardPageFactory(parent=home_page)
    parser, html = head_of(client, page.url)
    assert parser.meta["og:image"] == [f"http://testserver{rendition.url}"]
    assert parser.meta["og:image:width"] == ["1200"]
    assert parser.meta["og:image:height"] == ["630"]
    assert parser.meta["og:image:alt"] == ["Our logo on a crowd"]
    assert parser.meta["twitter:card"] == ["summary_large_image"]
    assert parser.meta["twitter:image:alt"] == ["Our logo on a crowd"]
    image = graph_of(html)["WebPage"]["primaryImageOfPage"]
    assert image["url"] == f"http://testserver{rendition.url}"
    assert (image["width"], image["height"]) == (1200, 630)


def test_a_page_with_its_own_image_keeps_it(client, blog):
    with_site_share_image(wide_image("Our logo on a crowd"))
    post = BlogPostPageFactory(parent=blog, featured_image=wide_image("A workshop"))
    expected = post.featured_image.get_rendition(seo.SHARE_IMAGE_FILTER).url
    parser, html = head_of(client, post.url)
    assert parser.meta["og:image"] == [f"http://testserver{expected}"]
    assert parser.meta["og:image:alt"] == ["A workshop"]
    assert graph_of(html)["BlogPosting"]["image"] == [f"http://testserver{expected}"]


def without_its_file(image):
    image.file.storage.delete(image.file.name)
    return image


def test_a_missing_site_image_file_leaves_the_preview_without_a_picture(
    client, home_page
):
    with_site_share_image(without_its_file(wide_image()))
    page = StandardPageFactory(parent=home_page)
    parser, _html = head_of(client, page.url)
    assert "og:image" not in parser.meta
    assert parser.meta["twitter:card"] == ["summary"]


def test_a_page_whose_image_file_is_missing_is_shared_with_the_sites(client, home_page):
    site_image = with_site_share_image(wide_image("Our logo on a crowd"))
    page = StandardPageFactory(
        parent=home_page, listing_image=without_its_file(wide_image())
    )
    expected = site_image.get_rendition(seo.SHARE_IMAGE_FILTER).url
    assert meta(client, page.url, "og:image") == f"http://testserver{expected}"


def test_the_site_image_is_read_once_for_every_page(home_page, inside_a_request):
    """Cropped once per content generation, not once for each page's <head>."""
    with_site_share_image(wide_image())
    first, second = StandardPageFactory.create_batch(2, parent=home_page)
    render_tag(first, RequestFactory().get(first.url))
    with CaptureQueriesContext(connection) as queries:
        head = render_tag(second, RequestFactory().get(second.url))
    assert "og:image" in head
    assert not [q for q in queries if "wagtailimages" in q["sql"]]


def test_open_graph_names_the_site_the_page_and_its_address(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Get involved", slug="join")
    parser, html = head_of(client, page.url)
    assert parser.meta["og:site_name"] == ["Resilience Revolution"]
    assert parser.meta["og:type"] == ["website"]
    assert parser.meta["og:url"] == ["http://testserver/en/join/"]
    assert '<link rel="canonical" href="http://testserver/en/join/">' in html
    assert parser.meta["og:locale"] == ["en_GB"]


def test_posts_are_articles_with_their_dates(client, blog):
    post = BlogPostPageFactory(parent=blog, date=datetime.date(2025, 3, 9))
    post.save_revision().publish()
    post.refresh_from_db()
    parser, _html = head_of(client, post.url)
    assert parser.meta["og:type"] == ["article"]
    assert parser.meta["article:published_time"] == ["2025-03-09"]
    assert parser.meta["article:modified_time"][0].startswith(
        post.last_published_at.date().isoformat()
    )


def test_an_x_profile_becomes_the_twitter_site(client, home_page):
    site_settings = SiteSettings.objects.get()
    site_settings.social_links = [
        ("link", {"platform": "x", "url": "https://x.com/ResRev"})
    ]
    site_settings.save()
    page = StandardPageFactory(parent=home_page)
    assert meta(client, page.url, "twitter:site") == "@ResRev"


def test_translated_pages_name_their_locale_and_the_others(client):
    polish_home = HomePage.objects.get(locale__language_code="pl")
    assert polish_home.alias_of_id is None  # the demo translates the home page
    parser, html = head_of(client, polish_home.url)
    assert parser.meta["og:locale"] == ["pl_PL"]
    assert sorted(parser.meta["og:locale:alternate"]) == ["ar_AR", "en_GB", "es_ES"]
    assert graph_of(html)["WebPage"]["inLanguage"] == "pl"


def test_an_untranslated_page_previews_as_its_english_source(client):
    alias = StandardPage.objects.filter(
        locale__language_code="pl", alias_of__isnull=False, live=True
    ).first()
    source = alias.alias_of.specific
    parser, html = head_of(client, alias.url)
    assert parser.meta["og:url"] == [f"http://testserver{source.url}"]
    assert parser.meta["og:locale"] == ["en_GB"]
    nodes = graph_of(html)
    assert nodes["WebPage"]["inLanguage"] == "en"
    assert "BreadcrumbList" not in nodes  # the source's trail is the English one


# schema.org JSON-LD


def test_every_page_names_the_organisation_with_its_profiles(client, home_page):
    page = StandardPageFactory(parent=home_page)
    organisation = graph_of(head_of(client, page.url)[1])["Organization"]
    links = [link.value["url"] for link in SiteSettings.objects.get().social_links]
    assert links
    assert organisation["name"] == "Resilience Revolution"
    assert organisation["url"] == "http://testserver/en/"
    assert organisation["logo"].startswith("http://testserver/static/")
    assert organisation["sameAs"] == links
    assert organisation["@id"] == "http://testserver/#organization"


def test_a_post_is_a_blog_posting_with_its_authors(client, blog):
    post = BlogPostPageFactory.build(
        title="Same pay", slug="same-pay", date=datetime.date(2025, 1, 2)
    )
    post.authors = [
        BlogPostAuthor(person=PersonFactory(name="Ellie")),
        BlogPostAuthor(person=PersonFactory(name="Sam")),
    ]
    blog.add_child(instance=post)
    post.save_revision().publish()
    post.refresh_from_db()
    nodes = graph_of(head_of(client, post.url)[1])
    article = nodes["BlogPosting"]
    url = "http://testserver/en/news/same-pay/"
    assert article["headline"] == "Same pay"
    assert article["datePublished"] == "2025-01-02"
    assert article["dateModified"].startswith(str(post.last_published_at.year))
    assert article["author"] == [
        {"@type": "Person", "name": "Ellie"},
        {"@type": "Person", "name": "Sam"},
    ]
    assert article["inLanguage"] == "en"
    assert article["mainEntityOfPage"] == {"@id": f"{url}#webpage"}
    assert nodes["WebPage"]["@id"] == f"{url}#webpage"
    assert article["publisher"] == {"@id": nodes["Organization"]["@id"]}


def test_breadcrumbs_lead_from_the_home_page_to_the_page(client, home_page, blog):
    post = BlogPostPageFactory(parent=blog, title="A post", slug="a-post")
    trail = graph_of(head_of(client, post.url)[1])["BreadcrumbList"]
    assert [
        (item["position"], item["name"], item["item"])
        for item in trail["itemListElement"]
    ] == [
        (1, home_page.title, "http://testserver/en/"),
        (2, "News", "http://testserver/en/news/"),
        (3, "A post", "http://testserver/en/news/a-post/"),
    ]


def test_a_hybrid_event_has_both_places_and_times_in_its_own_zone(client, home_page):
    index = EventIndexPageFactory(parent=home_page, slug="whats-on")
    warsaw = ZoneInfo("Europe/Warsaw")
    start = datetime.datetime(2031, 7, 1, 10, 0, tzinfo=warsaw)
    event = EventPageFactory(
        parent=index,
        title="Summer meet-up",
        start=start,
        end=start + datetime.timedelta(hours=3),
        time_zone="Europe/Warsaw",
        attendance="hybrid",
        venue_name="Dom Kultury",
        venue_address="ul. Długa 1\n00-001 Warszawa",
        online_url="https://meet.example.org/summer",
        is_free=False,
        price="10 zł",
    )
    found = graph_of(head_of(client, event.url)[1])["Event"]
    assert found["startDate"] == "2031-07-01T10:00:00+02:00"
    assert found["endDate"] == "2031-07-01T13:00:00+02:00"
    assert found["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert found["eventStatus"] == "https://schema.org/EventScheduled"
    assert found["location"] == [
        {
            "@type": "Place",
            "name": "Dom Kultury",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "ul. Długa 1, 00-001 Warszawa",
            },
        },
        {"@type": "VirtualLocation", "url": "https://meet.example.org/summer"},
    ]
    assert found["organizer"]["name"] == "Resilience Revolution"
    assert found["isAccessibleForFree"] is False
    assert found["url"] == f"http://testserver{event.url}"


def test_an_online_event_without_a_public_link_points_at_its_page(client, home_page):
    index = EventIndexPageFactory(parent=home_page, slug="whats-on")
    event = EventPageFactory(parent=index, attendance="online", venue_name="")
    found = graph_of(head_of(client, event.url)[1])["Event"]
    assert (
        found["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    )
    assert found["location"] == {
        "@type": "VirtualLocation",
        "url": f"http://testserver{event.url}",
    }


def test_a_campaign_page_is_about_a_project_we_run(client):
    campaign = CampaignPage.objects.live().filter(locale__language_code="en").first()
    nodes = graph_of(head_of(client, campaign.url)[1])
    project = nodes["Project"]
    assert project["name"] == campaign.title
    assert project["description"] == seo.plain_text(campaign.the_ask)
    assert project["parentOrganization"] == {"@id": nodes["Organization"]["@id"]}
    assert nodes["WebPage"]["about"] == {"@id": project["@id"]}


def test_the_home_page_describes_the_website(client, home_page):
    nodes = graph_of(head_of(client, home_page.url)[1])
    assert nodes["WebSite"]["url"] == "http://testserver/en/"
    assert nodes["WebSite"]["name"] == "Resilience Revolution"
    assert "BreadcrumbList" not in nodes


def test_a_title_cannot_end_the_data_block_early(client, home_page):
    title = '</script><script>alert("x")</script> & <b>'
    page = StandardPageFactory(parent=home_page, title=title, slug="tricky")
    _parser, html = head_of(client, page.url)
    head = html.split("</head>")[0]
    assert "<script>alert" not in head
    assert "\\u003C/script\\u003E" in head
    assert graph_of(html)["WebPage"]["name"] == title  # the whole title, intact


# Caching: the same for everyone until something is published


def render_tag(page, request, languages=None):
    template = Template("{% load seo_tags %}{% seo_meta languages %}")
    return template.render(
        Context({"page": page, "request": request, "languages": languages})
    )


def test_a_warm_head_costs_no_query(home_page, inside_a_request):
    page = StandardPageFactory(parent=home_page, listing_image=wide_image())
    request = RequestFactory().get(page.url)
    first = render_tag(page, request)
    with CaptureQueriesContext(connection) as queries:
        second = render_tag(page, request)
    assert len(queries) == 0
    assert first == second
    assert "og:image" in second


def test_the_head_changes_when_the_page_is_published(client, home_page):
    page = StandardPageFactory(parent=home_page, search_description="Before")
    assert meta(client, page.url, "description") == "Before"
    Page.objects.filter(pk=page.pk).update(search_description="Saved, not published")
    assert meta(client, page.url, "description") == "Before"
    page.refresh_from_db()
    page.search_description = "After"
    page.save_revision().publish()
    assert meta(client, page.url, "description") == "After"


def test_previews_are_never_cached(home_page):
    page = StandardPageFactory(parent=home_page, search_description="Published words")
    request = RequestFactory().get(page.url)
    assert "Published words" in render_tag(page, request)
    page.search_description = "Draft words"
    request.is_preview = True
    assert "Draft words" in render_tag(page, request)
    del request.is_preview
    assert "Published words" in render_tag(page, request)


def test_views_that_are_not_pages_have_no_social_tags(client):
    for url in ["/en/search/?q=resilience", "/en/no-such-page/"]:
        html = client.get(url).content.decode().split("</head>")[0]
        assert "og:title" not in html
        assert "application/ld+json" not in html
