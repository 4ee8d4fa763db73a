"""One number that says when the site's content last changed, kept in the database.

Cached fragments (menus, footer, banner, the SEO <head>, language links, search
rankings) are keyed by it. It lives in the database, not the cache, because the
database is the one store every process of a deployment shares and trusts: a
worker with a per-process memory cache, a `publish_scheduled` run and a shell all
see the same number, and a change made while Redis was down is not forgotten when
Redis comes back with its old keys (docs/decisions/0004-one-shared-generation.md).
"""

from django.db import models
from django.db.models import F

ROW_ID = 1


class ContentGenerationQuerySet(models.QuerySet):
    def current(self):
        value = self.filter(pk=ROW_ID).values_list("value", flat=True).first()
        if value is None:  # the row is made by migration 0004; this is a safety net
            self.get_or_create(pk=ROW_ID)
            value = 1
        return value

    def advance(self):
        """Counts one change; concurrent changes each count (an SQL increment)."""
        if not self.filter(pk=ROW_ID).update(value=F("value") + 1):
            self.get_or_create(pk=ROW_ID, defaults={"value": 2})


class ContentGeneration(models.Model):
    value = models.BigIntegerField(default=1)

    objects = ContentGenerationQuerySet.as_manager()

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return f"Content generation {self.value}"
