from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from movement.models import prefetch_card_renditions

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search live pages in the visitor's language. Issue #6 extends this."""
    query = " ".join(request.GET.get("q", "").replace("\x00", "").split())[
        :MAX_QUERY_LENGTH
    ]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(query)
        )
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage):
        page = paginator.page(1)
    page.object_list = prefetch_card_renditions(page.object_list)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results": page,
            "query_string": urlencode({"q": query}),
        },
    )
