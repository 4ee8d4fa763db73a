"""The site furniture: settings, identity, footer and notice banner.

Runs once the standard pages exist (see the step order in movement/demo): the
footer and the banner link them by slug (the banner, the page that explains
the co-production team's move to this site).
"""

from wagtail.models import Locale, Site

from movement.models import Footer, NoticeBanner, SiteIdentity, SiteSettings

from .build import stream

FOOTER_LINKS = ("about", "contact", "privacy", "accessibility")


def load(demo):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not site_settings.contact_email:
        site_settings.charity_number = "1234567"
        site_settings.contact_email = "hello@example.org"
        site_settings.social_links = stream(
            (
                "link",
                {
                    "platform": "instagram",
                    "url": "https://instagram.example.org/resilience",
                },
            ),
            (
                "link",
                {"platform": "youtube", "url": "https://video.example.org/resilience"},
            ),
        )
        site_settings.save()
    locale = Locale.get_default()
    if not SiteIdentity.objects.filter(locale=locale).exists():
        SiteIdentity.objects.create(
            locale=locale,
            name="Resilience Revolution",
            tagline=(
                "A movement of young people and the adults around them, beating "
                "the odds while changing them."
            ),
        )
    if not Footer.objects.filter(locale=locale).exists():
        Footer.objects.create(
            locale=locale,
            text="<p>Beating the odds whilst also changing the odds, together.</p>",
            links=stream(
                *[
                    ("link", {"page": demo.pages[slug], "url": "", "text": ""})
                    for slug in FOOTER_LINKS
                ]
            ),
        )
    if not NoticeBanner.objects.exists():
        NoticeBanner.objects.create(
            locale=locale,
            message="We've moved! The co-production team's website has a new home.",
            link_page=demo.pages["weve-moved"],
            link_text="Read about our new home",  # says where it goes, in every language
        )
