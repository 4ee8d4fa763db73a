"""What a search finds: page types, search terms, downloads, promotions, spelling."""

import difflib
import functools
import re

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import F, Value
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from movement.i18n import localized
from movement.models import every_page
from movement.page_queries import restricted_paths
from movement.render_cache import remembered
from movement.search_groups import OTHER_PAGES

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Results are ranked and counted up to here; beyond it the page says "more than 1000"
# and offers no further pages.
MAX_COUNTED = 1000
DOCUMENTS_SHOWN = 5
VOCABULARY_TITLES = 5000
VOCABULARY_SECONDS = 600

# Words only: full-text operators (& | ! : * ( ) ' " \), SQL and emoji never
# reach the backend, whose query parsers differ between SQLite and PostgreSQL.
WORD = re.compile(r"\w+")


@functools.cache
def search_groups():
    """{key: (group, its page models)} in the order the filters are offered.

    Every page model names its group (movement.search_groups); "Pages" holds
    every page type not in another group, so it lists no models of its own.
    """
    groups = {OTHER_PAGES.key: (OTHER_PAGES, [])}
    for model in apps.get_models():
        group = getattr(model, "search_group", OTHER_PAGES)
        if issubclass(model, Page) and group != OTHER_PAGES:
            groups.setdefault(group.key, (group, []))[1].append(model)
    return dict(sorted(groups.items(), key=lambda item: item[1][0].order))


def clean_query(raw):
    """The query as the visitor meant it: no null bytes, single spaces, bounded."""
    query = " ".join(raw.replace("\x00", "").split())
    return query[:MAX_QUERY_LENGTH], len(query) > MAX_QUERY_LENGTH


def search_terms(query):
    return WORD.findall(query)[:MAX_TERMS]


def _content_type_ids(models):
    return [
        content_type.pk
        for content_type in ContentType.objects.get_for_models(*models).values()
    ]


def group_of(page):
    """The search group a result belongs to."""
    return getattr(page, "search_group", OTHER_PAGES)


def pages_of_type(queryset, key):
    if not key:
        return queryset
    groups = search_groups()
    if key == OTHER_PAGES.key:
        grouped = [model for _group, models in groups.values() for model in models]
        return queryset.exclude(content_type_id__in=_content_type_ids(grouped))
    return queryset.filter(content_type_id__in=_content_type_ids(groups[key][1]))


def listed_pages_in(locale):
    """Listed pages in `locale`, leaving out the tree's root (not a site page)."""
    listed = every_page().filter(depth__gt=1).listed(restricted_paths())
    return listed.in_language(locale)


def page_candidates(locale, key=None, exclude=()):
    """The pages a search in `locale` may find: listed, of type `key`, not `exclude`."""
    in_language = pages_of_type(listed_pages_in(locale), key)
    if exclude:
        in_language = in_language.exclude(pk__in=exclude)
    return in_language


def page_results(terms, candidates):
    """A lazy search of `candidates` (page_candidates()), most relevant first.

    Read it through `ranking()`: the results are base pages, not yet specific.
    """
    # Search backends filter on indexed fields only, and "id" is one.
    return Page.objects.filter(pk__in=candidates.values("pk")).search(" ".join(terms))


def ranking(results, limit, within=None):
    """The first `limit` of `results` as (page id, content type id) pairs, best first.

    One query on the database backends (search.backends), which read the pages once
    when given `within`, the candidates the results were searched among. Other
    backends (OpenSearch) return pages, of which only the ids are kept.
    """
    ranker = getattr(results, "ranking", None)
    if ranker is not None:
        return ranker(limit, within=within)
    return [(page.pk, page.content_type_id) for page in results[:limit]]


def count_up_to(results, limit):
    """How many `results` there are, or `limit` if there are at least that many."""
    counter = getattr(results, "count_up_to", None)
    return counter(limit) if counter else min(results.count(), limit)


def document_results(terms, locale):
    """Downloads on listed resource and community pages in `locale` whose title,
    description or file title has every term, by page title; each says its
    page's title and address (`page_title`, `page_url`).

    The words of every such download are remembered until the next change, so
    a search matches them without a query, and reads only the downloads shown:
    a query for each kind of download found, none when none is.
    """
    wanted = [term.casefold() for term in terms]
    found = []
    for model, offered in downloads_offered(locale).items():
        matching = [
            download
            for download in offered
            if all(term in download["words"] for term in wanted)
        ][:DOCUMENTS_SHOWN]
        if not matching:
            continue
        loaded = model.objects.select_related("document").in_bulk(
            [download["pk"] for download in matching]
        )
        for download in matching:
            shown = loaded.get(download["pk"])
            if shown is not None:  # deleted since it was remembered
                shown.page_title, shown.page_url = download["page"]
                found.append(shown)
    return found[:DOCUMENTS_SHOWN]


def downloads_offered(locale):
    """{download model: [{pk, words, page: (title, address)}, ...]} for the
    listed resource and community pages in `locale`, by page title, then as
    their page orders them; remembered until the next change. Two queries: the
    pages, then the downloads of both kinds."""
    from resources.models import (
        CommunityDocument,
        CommunityOfPracticePage,
        ResourceDocument,
        ResourcePage,
    )

    kinds = {
        ResourceDocument._meta.label: (ResourceDocument, ResourcePage),
        CommunityDocument._meta.label: (CommunityDocument, CommunityOfPracticePage),
    }

    def read():
        page_types = _content_type_ids([page for _model, page in kinds.values()])
        pages = {
            page.pk: (page.title, page.specific_deferred.url)
            for page in listed_pages_in(locale).filter(content_type_id__in=page_types)
        }
        fields = ("pk", "page_id", "sort_order", "title", "description")
        downloads = [
            model.objects.filter(page_id__in=pages)
            .order_by()
            .annotate(kind=Value(label), file_title=F("document__title"))
            .values_list("kind", *fields, "file_title")
            for label, (model, _page) in kinds.items()
        ]
        offered = {label: [] for label in kinds}
        for kind, pk, page_id, _sort_order, *texts in sorted(
            downloads[0].union(*downloads[1:], all=True),
            key=lambda row: (pages[row[2]][0], row[3], row[1]),
        ):
            offered[kind].append(
                {
                    "pk": pk,
                    "words": "\x1f".join(text or "" for text in texts).casefold(),
                    "page": pages[page_id],
                }
            )
        return offered

    remembered_offer = remembered(None, "downloads-offered", locale.pk, compute=read)
    return {model: remembered_offer[label] for label, (model, _page) in kinds.items()}


def promotions(query):
    """Editors' picks for this query: live pages in the visitor's language, or links.

    Most queries have none: the queries that have are remembered until the next
    change (saving a promotion is one), so those cost no query.
    """
    query_string = normalise_query_string(query)
    if query_string not in promoted_queries():
        return []
    picks = (
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    shown = []
    for pick in picks:
        if pick.page_id is None:
            if pick.external_link_url:
                shown.append(pick)
            continue
        page = localized(pick.page)
        if page.live:
            pick.shown_page = page.specific_deferred
            shown.append(pick)
    return shown


def promoted_queries():
    def read():
        promoted = SearchPromotion.objects.values_list("query__query_string", flat=True)
        return set(promoted)

    return remembered(None, "promoted-queries", compute=read)


def _vocabulary(locale):
    key = f"search-vocabulary-{locale.pk}"
    words = cache.get(key)
    if words is None:
        titles = listed_pages_in(locale).values_list("title", flat=True)[
            :VOCABULARY_TITLES
        ]
        words = sorted(
            {word.lower() for title in titles for word in WORD.findall(title)}
        )
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def spelling_suggestion(terms, locale):
    """A query with each unknown word swapped for the closest title word, or None.

    Wagtail's database backend has no suggester, so the words of page titles in
    this language (cached) stand in for a dictionary.
    """
    vocabulary = _vocabulary(locale)
    known = set(vocabulary)
    suggested = []
    for term in terms:
        word = term.lower()
        if word in known or len(word) < 3:
            suggested.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        suggested.append(close[0] if close else word)
    if suggested == [term.lower() for term in terms]:
        return None
    return " ".join(suggested)


MOVES_SHOWN = 5


def move_results(query, terms, locale):
    """Resilient moves in `locale` whose name has every term: the one named
    exactly `query` first, then in framework order. Each is a dict (title, url,
    summary, compartment). No query while the moves are remembered."""
    wanted = [term.casefold() for term in terms]
    exact = query.strip().casefold()
    matching = [
        move
        for move in moves_offered(locale)
        if all(term in move["words"] for term in wanted)
    ]
    matching.sort(key=lambda move: move["title"].casefold() != exact)
    return matching[:MOVES_SHOWN]


def moves_offered(locale):
    """Every move on a visible framework page in `locale`, in framework order,
    with its compartment's name in that language; remembered until the next
    change. One query."""
    from django.db.models import OuterRef, Subquery
    from django.db.models.functions import Coalesce

    from movement.models import Compartment, FrameworkPage, ResilientMove

    def read():
        translated_compartment = Compartment.objects.filter(
            translation_key=OuterRef("compartment__translation_key"),
            locale_id=locale.pk,
        ).values("title")[:1]
        moves = (
            ResilientMove.objects.filter(
                page__in=FrameworkPage.objects.visible().filter(locale_id=locale.pk)
            )
            .select_related("page", "compartment")
            .annotate(
                compartment_title=Coalesce(
                    Subquery(translated_compartment), "compartment__title"
                )
            )
            .order_by("compartment__position", "page__path", "sort_order")
        )
        return [
            {
                "title": move.title,
                "url": move.url,
                "summary": move.summary,
                "compartment": move.compartment_title,
                "words": move.title.casefold(),
            }
            for move in moves
        ]

    return remembered(None, "moves-offered", locale.pk, compute=read)
