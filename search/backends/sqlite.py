"""SQLite (FTS5) search where a word also finds the longer words it begins.

FTS5 keeps whole words as written (its default ``unicode61`` tokenizer), so "campaign"
did not find a page that only says "campaigns". Each word of a search now matches
itself or any word it begins: ``("campaign" OR "campaign"*)``. A page with the word
itself matches both and so ranks above one with only a longer word.

FTS5's ``porter`` tokenizer (English stemming) was the other way, and is not taken:
- Wagtail creates the FTS5 table in its migration ``wagtailsearch 0006`` with no
  tokenizer option, so we would have to drop and recreate Wagtail's table behind
  Django's back, and a later Wagtail migration could quietly undo it;
- one tokenizer serves the whole table, autocomplete column included, and porter
  stems the typed prefix too: "communi" no longer suggests "Community";
- porter is English only, and the table holds every language.
The cost of prefixes: "art" also finds "article", ranked below pages saying "art".
"""

from functools import reduce
from operator import and_, or_

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import PlainText


class WordOrLonger(Lexeme):
    """A word, or any word it begins: ``("campaign" OR "campaign"*)`` in FTS5 syntax."""

    def as_sql(self, compiler, connection):
        word, params = super().as_sql(compiler, connection)
        return f"({word} OR {word}*)", params * 2


class PrefixSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        words = [WordOrLonger(term) for term in query.query_string.split()]
        if not words:
            return None
        combine = and_ if query.operator.upper() == "AND" else or_
        return SearchQueryExpression(reduce(combine, words), config=config)


class RankedSQLiteSearchResults(SQLiteSearchResults):
    def ranking(self, limit, within=None):
        """The first ``limit`` results as (id, content type id) pairs, best first.

        ``within`` is for the PostgreSQL backend's sake: here the search's own
        queryset, which holds the same filter, serves as well.
        """
        return list(self[:limit].get_queryset().values_list("pk", "content_type_id"))


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteSearchQueryCompiler
    results_class = RankedSQLiteSearchResults
