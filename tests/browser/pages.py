"""One demo page of every page type, for the browser tests."""

EVERY_PAGE_TYPE = [
    "/en/",
    "/en/about/",
    "/en/fundamentals/",
    "/en/fundamentals/co-production/",
    "/en/blog/",
    "/en/blog/blackpool-schools-community-of-practice/",
    "/en/campaigns/",
    "/en/campaigns/same-pay-for-the-same-day/",
    "/en/resources/",
    "/en/resources/bounce-forward-teacher-pack/",
    "/en/communities/",
    "/en/communities/bouncing-back/",
    "/en/events/",
    "/en/events/blackpool-schools-community-of-practice/",
    "/ar/",
]

# Beyond /ar/ above: a translated Polish page, and in Arabic (right to left) a
# translated page and an untranslated one (English content, left to right,
# inside an Arabic page).
OTHER_LANGUAGES = [
    "/pl/campaigns/same-pay-for-the-same-day/",
    "/ar/resources/bounce-forward-teacher-pack/",
    "/ar/about/",
]
