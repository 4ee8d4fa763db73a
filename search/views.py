from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from wagtail.models import Page

from home.models import BlogPostPage
from movement.http_cache import public_for_anonymous
from movement.i18n import active_locale
from movement.models import live_pages_in_order, prefetch_card_renditions
from movement.page_cache import RENDER_AFRESH
from movement.remembered_root import remember_site_for, remembered_site_and_root

from . import cached, query_log
from . import results as found
from .highlight import highlight

RESULTS_PER_PAGE = 10
SUMMARY_WORDS = 40
SUGGESTIONS = 8
SUGGEST_MAX_AGE = 300
# Results are the same for every anonymous visitor, so caches share them, but
# for less time than a page: the popular-searches log (query_log) counts a
# search only when its results are rendered, so under load it counts the
# minutes in which a query was searched rather than every search.
RESULTS_SHARED_SECONDS = 60


class CountedPaginator(Paginator):
    """Pages through at most MAX_COUNTED results, saying when there are more."""

    @cached_property
    def _counted(self):
        return found.count_up_to(self.object_list, found.MAX_COUNTED + 1)

    @cached_property
    def count(self):
        return min(self._counted, found.MAX_COUNTED)

    @property
    def more_than_counted(self):
        return self._counted > found.MAX_COUNTED


@public_for_anonymous(shared_seconds=RESULTS_SHARED_SECONDS)
def search(request):
    """Pages and downloads in the visitor's language, editors' picks first."""
    remember_site_for(request)
    query, shortened = found.clean_query(request.GET.get("q", ""))
    terms = found.search_terms(query)
    type_key = request.GET.get("type", "")
    groups = found.search_groups()
    unknown_type = type_key not in groups and type_key != ""
    if unknown_type:
        type_key = ""
    locale = active_locale()
    first_page = request.GET.get("page", "1") in ("", "1")

    picks, documents, moves = [], [], []
    results = Page.objects.none()
    if terms:
        picks = found.promotions(query)
        # A promoted page is shown once, above, and never again among the results.
        promoted = [pick.shown_page.pk for pick in picks if pick.page_id]
        if not first_page:
            picks = []
        results = cached.page_results(terms, locale, type_key, exclude=promoted)
        if first_page and type_key in ("", "resource"):
            documents = found.document_results(terms, locale)
        if first_page and type_key == "":
            moves = found.move_results(query, terms, locale)
        # A visitor's search, not the page warming's (movement/page_warming.py).
        if first_page and not shortened and not request.META.get(RENDER_AFRESH):
            query_log.count(query)

    paginator = CountedPaginator(results, RESULTS_PER_PAGE)
    # Not a number: the first page; past the end: the last. Never an error.
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = prefetch_card_renditions(page.object_list)
    cards = [
        {
            "page": result,
            "type": found.group_of(result).result_label,
            "title": highlight(getattr(result, "card_title", result.title), terms),
            "summary": highlight(
                getattr(result, "card_summary", ""), terms, words=SUMMARY_WORDS
            ),
        }
        for result in page.object_list
    ]
    context = {
        "search_query": query,
        "terms": terms,
        "shortened": shortened,
        "max_length": found.MAX_QUERY_LENGTH,
        "max_counted": found.MAX_COUNTED,
        "unknown_type": unknown_type,
        "type_key": type_key,
        "types": [
            {
                "key": key,
                "label": group.label,
                "query_string": urlencode({"q": query, "type": key}),
            }
            for key, (group, _models) in groups.items()
        ],
        "all_types_query_string": urlencode({"q": query}),
        "type_label": groups[type_key][0].label if type_key else "",
        "promotions": picks,
        "documents": documents,
        "moves": moves,
        "results": page,
        "cards": cards,
        "query_string": urlencode(
            {"q": query, **({"type": type_key} if type_key else {})}
        ),
    }
    if terms and not paginator.count and not picks and not documents and not moves:
        context.update(_no_results_help(request, terms, locale))
    return TemplateResponse(request, "search/search.html", context)


def _no_results_help(request, terms, locale):
    suggestion = found.spelling_suggestion(terms, locale)
    site_and_home = remembered_site_and_root(request)
    featured = []
    if site_and_home is not None:
        chosen = getattr(site_and_home[1], "featured_pages", None)
        if chosen is not None:
            featured = live_pages_in_order(
                [block["value"] for block in chosen.raw_data], prefetch=False
            )[:3]
    recent = list(
        BlogPostPage.objects.listed().in_language(locale).for_cards().newest_first()[:3]
    )
    prefetch_card_renditions([*featured, *recent])  # both at once
    return {
        "suggestion": suggestion,
        "suggestion_query_string": urlencode({"q": suggestion}) if suggestion else "",
        "popular_pages": featured,
        "recent_posts": recent,
    }


def suggest(request):
    """Up to eight page titles in the visitor's language starting with what was typed."""
    query, _shortened = found.clean_query(request.GET.get("q", ""))
    terms = found.search_terms(query)
    suggestions = []
    if terms and len(query) >= 2:
        in_language = found.listed_pages_in(active_locale())
        pages = Page.objects.filter(pk__in=in_language.values("pk")).autocomplete(
            " ".join(terms)
        )[:SUGGESTIONS]
        suggestions = [{"title": page.title, "url": page.url} for page in pages]
    response = JsonResponse({"query": query, "results": suggestions})
    # The same for every visitor: shared caches may keep it for a while.
    patch_cache_control(response, public=True, max_age=SUGGEST_MAX_AGE)
    return response
