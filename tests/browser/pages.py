"""The pages the browser tests visit: every page type, in English and in Arabic."""

ENGLISH = [
    "/en/",
    "/en/about/",
    "/en/get-involved/",
    "/en/share-your-story/",
    "/en/fundamentals/",
    "/en/fundamentals/co-production/",
    "/en/framework/",
    "/en/framework/being-brave/",
    "/en/framework/level/change/",
    "/en/blog/",
    "/en/blog/blackpool-schools-community-of-practice/",
    "/en/blog/newsletter-autumn/",
    "/en/newsletter/",
    "/en/campaigns/",
    "/en/campaigns/same-pay-for-the-same-day/",
    "/en/resources/",
    "/en/resources/?compartment=coping&level=change",
    "/en/resources/bounce-forward-teacher-pack/",
    "/en/communities/",
    "/en/communities/bouncing-back/",
    "/en/events/",
    "/en/events/blackpool-schools-community-of-practice/",
    "/en/events/getting-your-head-around-conferences/",
    "/en/search/?q=resilience",
    "/en/no-such-page/",
]

# The same page types in Arabic (right to left). These have Arabic content: the
# demo's translations (the ar.py of movement/demo/translations and of each app's
# demo/translations), search and the 404 page. Every other Arabic page is an
# alias showing the English content, left to right, inside an Arabic page.
ARABIC_CONTENT = {
    "/ar/",
    "/ar/get-involved/",
    "/ar/fundamentals/",
    "/ar/fundamentals/co-production/",
    "/ar/framework/",
    "/ar/framework/being-brave/",
    "/ar/framework/level/change/",
    "/ar/blog/blackpool-schools-community-of-practice/",
    "/ar/campaigns/same-pay-for-the-same-day/",
    "/ar/resources/bounce-forward-teacher-pack/",
    "/ar/search/?q=resilience",
    "/ar/newsletter/",
    "/ar/no-such-page/",
}
ARABIC = [path.replace("/en/", "/ar/", 1) for path in ENGLISH]

# A translated page in a third language.
OTHER_LANGUAGES = ["/pl/campaigns/same-pay-for-the-same-day/"]

EVERY_PAGE = [*ENGLISH, *ARABIC, *OTHER_LANGUAGES]
WIDTHS = [390, 1280]  # a phone, a desktop


def expected_status(path):
    return 404 if "/no-such-page/" in path else 200
