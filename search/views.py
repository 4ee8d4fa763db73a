from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

from movement.i18n import active_locale
from movement.models import listed, prefetch_card_renditions

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search live pages in the visitor's language. Issue #6 extends this."""
    query = " ".join(request.GET.get("q", "").replace("\x00", "").split())[
        :MAX_QUERY_LENGTH
    ]
    results = Page.objects.none()
    if query:
        # Search backends filter on indexed fields only, and "id" is one.
        in_language = listed(Page.objects.filter(locale=active_locale()))
        results = (
            Page.objects.filter(pk__in=in_language.values("pk"))
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
