"""PostgreSQL full-text search configured per language, ranked in one narrow query.

modelsearch's PostgreSQL backend takes one ``SEARCH_CONFIG`` for the whole site and applies
it twice: when a row of the shared index table is written (``to_tsvector(config, text)``) and
when a query is compiled (``to_tsquery(config, terms)``). Both sides must use the same
configuration or stems do not meet ("campaigns" becomes ``campaign`` only under ``english``).

The index is one table for every backend, one row per object, so "one backend per language"
would have each backend overwrite the others' rows. Instead this backend picks the
configuration per object when indexing (from the object's locale) and per query when
searching (from the active language, which is the locale the views filter on).
Autocomplete keeps modelsearch's ``simple`` configuration on both sides.
"""

import copy

from django.conf import settings
from django.db.models import F, Q
from django.db.models.functions import Cast
from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchAtomicRebuilder,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchRebuilder,
    PostgresSearchResults,
)
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale

FALLBACK_CONFIG = "simple"


def config_for_language(language_code, configs, fallback=FALLBACK_CONFIG):
    """The configuration for ``language_code`` ("es-419" falls back to "es"), else ``fallback``."""
    if not language_code:
        return fallback
    code = language_code.lower()
    return configs.get(code) or configs.get(code.split("-")[0]) or fallback


class MultilingualPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with that language's configuration.

        modelsearch reads the configuration from ``backend.config`` when it builds the vectors,
        so each language's group is written through a copy of the backend set to its config.
        Objects without a locale (documents, people) are indexed in the default language.
        """
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = {}
        for obj in objs:
            language = languages.get(
                getattr(obj, "locale_id", None), settings.LANGUAGE_CODE
            )
            groups.setdefault(self.backend.config_for(language), []).append(obj)
        for config, group in groups.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class MultilingualPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for(translation.get_language())


class RankedPostgresSearchResults(PostgresSearchResults):
    def count_up_to(self, limit):
        """How many results there are, counting no further than ``limit``."""
        return len(self.ranking(limit))

    def ranking(self, limit, within=None):
        """The first ``limit`` results as (id, content type id) pairs, best first.

        ``within`` (a queryset of the searched model) narrows the results to its
        objects; the search's own queryset does otherwise. Pass the filter that the
        search's queryset wraps in ``pk__in`` (search backends filter on indexed
        fields only), so PostgreSQL reads the pages once rather than twice.

        The same matches in the same order as modelsearch's own query, whose rank is
        used as it is, but about 3 times faster for a word on every page (10,000 pages,
        bench/search.py), because the query:

        - starts from the index entries and keeps only the rows' ids and ranks: the
          objects' filter becomes a semi-join on their keys, where modelsearch joined
          every matching row, vectors and all, to the objects before ranking;
        - matches ``title @@ q OR body @@ q`` before ``(title || body) @@ q``:
          concatenating two vectors costs more than ranking them. For a query of
          words (no negation) each of the first two implies the third, so the
          matches are the same; the third only runs for rows where the words are
          split between title and body, and each has a GIN index (modelsearch's
          on title and on body, ours of migration search 0001 on both).
        """
        compiler = self.query_compiler
        query = compiler.query
        if (
            not isinstance(query, PlainText)
            or not compiler.order_by_relevance
            or compiler.fields is not None
        ):
            # Anything else (not used by this site) is ranked by modelsearch.
            return [(obj.pk, obj.content_type_id) for obj in self[:limit]]
        config = compiler.get_config(self.backend)
        search_query = compiler.build_tsquery(query, config=config)
        if search_query is None:  # no words
            return []
        # modelsearch's own rank, on the entry's columns. A private method: modelsearch
        # is pinned below 1.4, and tests/test_search_backend.py compares the orders.
        rank = compiler._build_rank_expression(
            [(F("title"), F("title_norm")), (F("body"), 1.0)], config
        )
        model = compiler.queryset.model
        pk_field = model._meta.pk
        while pk_field.is_relation:  # a page type's pk is its page_ptr
            pk_field = pk_field.target_field
        objects = (compiler.queryset if within is None else within).order_by()
        entries = (
            IndexEntry.objects.annotate(
                _vector_=F("title")._combine(F("body"), "||", False),
                _rank_=rank,
                object_pk=Cast("object_id", output_field=pk_field.__class__()),
            )
            .filter(
                Q(title=search_query) | Q(body=search_query) | Q(_vector_=search_query),
                content_type_id__in=get_descendants_content_types_pks(model),
                # On the objects' own key, unique and indexed: a hash join with
                # no de-duplication for a common word, a lookup by key per match
                # for a rare one (on the entries' text id, each of the objects'
                # keys was cast to text, de-duplicated and hashed every time).
                object_pk__in=objects.values("pk"),
            )
            # modelsearch's order: best first, then the newest (highest id).
            .order_by(F("_rank_").desc(), F("object_pk").desc())
        )
        return [
            (pk, content_type_id)
            for pk, content_type_id in entries.values_list(
                "object_pk", "content_type_id"
            )[:limit]
        ]


class Compacting:
    """Rebuilds the index (update_index), then compacts its table.

    modelsearch writes each entry three times in a rebuild (added, given its
    title's weight for the batch, then for the whole index), so the table is left
    three times the size of its rows: a search for a common word reads every
    page of it (at 10,000 pages, 40 MB instead of 13, about 6 ms of a 20 ms
    ranking: bench/search.py). VACUUM FULL rewrites it; searches wait for its
    exclusive lock meanwhile (well under a second at 10,000 pages). Once the
    rebuild's own transaction (ATOMIC_REBUILD, modelsearch's default) is over:
    PostgreSQL cannot vacuum inside one.
    """

    def finish(self):
        super().finish()
        connection = self.index.write_connection
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute(f"VACUUM FULL ANALYZE {IndexEntry._meta.db_table}")


class CompactingRebuilder(Compacting, PostgresSearchRebuilder):
    pass


class CompactingAtomicRebuilder(Compacting, PostgresSearchAtomicRebuilder):
    pass


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = MultilingualPostgresSearchQueryCompiler
    index_class = MultilingualPostgresIndex
    results_class = RankedPostgresSearchResults
    rebuilder_class = CompactingRebuilder
    atomic_rebuilder_class = CompactingAtomicRebuilder

    def __init__(self, params):
        super().__init__(params)
        configs = params.get("SEARCH_CONFIGS") or {}
        self.configs = {code.lower(): config for code, config in configs.items()}
        self.config = params.get("SEARCH_CONFIG") or FALLBACK_CONFIG

    def config_for(self, language_code):
        return config_for_language(language_code, self.configs, self.config)
