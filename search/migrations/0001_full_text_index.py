"""A GIN index on the vector PostgreSQL searches, so a search stops scanning every entry.

modelsearch matches ``(title || body) @@ query`` while its own indexes cover title and
body separately, which the planner cannot use for the concatenation: every search read
the whole index table. The expression here is the one the query uses, so the planner
uses it (tests/test_search_backend.py checks the plan) and ANALYZE gathers statistics on
it, which also fixes the planner's row estimates for common words. SQLite keeps FTS5.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"
TABLE = "wagtailsearch_indexentry"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # CONCURRENTLY: a live site keeps publishing while the index builds.
    schema_editor.execute(
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} "
        f"ON {TABLE} USING gin ((title || body))"
    )
    schema_editor.execute(f"ANALYZE {TABLE}")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
