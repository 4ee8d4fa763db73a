"""One number that says when the site's content last changed, kept in the database.

Cached fragments (menus, footer, banner, the SEO <head>, language links, search
rankings) are keyed by it. It lives in the database, not the cache, because the
database is the one store every process of a deployment shares and trusts: a
worker with a per-process memory cache, a `publish_scheduled` run and a shell all
see the same number, and a change made while Redis was down is not forgotten when
Redis comes back with its old keys. Each change picks a new random number, so no
number comes back (a rolled-back change, a restored backup, another site sharing
the Redis) (docs/decisions/0004-one-shared-generation.md).
"""

import secrets

from django.db import models

ROW_ID = 1


class ContentGenerationQuerySet(models.QuerySet):
    def current(self):
        value = self.filter(pk=ROW_ID).values_list("value", flat=True).first()
        if value is None:  # the row is made by migration 0004; this is a safety net
            value = self.get_or_create(pk=ROW_ID, defaults={"value": _new_value()})[
                0
            ].value
        return value

    def advance(self):
        """A new, random value: never one a cache may hold fragments for, even
        after a rolled-back change or a database restored from a backup."""
        value = _new_value()
        if not self.filter(pk=ROW_ID).update(value=value):
            self.update_or_create(pk=ROW_ID, defaults={"value": value})
        return value


def _new_value():
    return secrets.randbits(62)


class ContentGeneration(models.Model):
    value = models.BigIntegerField(default=1)

    objects = ContentGenerationQuerySet.as_manager()

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return f"Content generation {self.value}"
