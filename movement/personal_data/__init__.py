"""One person's data, wherever the apps keep it: found, exported, erased, expired.

Each app that keeps what visitors send (pledges, form answers, bookings)
registers a `PersonalData` for it with the "register_personal_data" hook, so
the core names no app. A Moderator finds a person's records by what they gave
(a name, an email, an organisation), ticks the ones that are theirs, and
downloads or erases them (personal_data/views.py); each such action is logged
without the data itself (PersonalDataAction). `manage.py purge_personal_data`,
run daily, applies each kind's retention period. docs/privacy.md says what is
kept, why and for how long.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils import timezone
from wagtail import hooks

HOOK = "register_personal_data"
MOST_MATCHES = 200


@dataclass
class Match:
    """A record that may be the person's: `key` is "<kind>:<pk>"."""

    key: str
    shown: list  # [(label, value)] as a Moderator sees it
    created_at: object


class PersonalData:
    """What an app keeps about people in one model, and how long it keeps it.

    Subclasses set `kind` (a short name), `label`, `model`, `search_fields`
    (matched case-insensitively, in part) and `fields` (exported and shown),
    and may change `expired()` and `expire()`: by default a record past its
    `keep_until` is deleted.
    """

    kind = ""
    label = ""
    model = None
    search_fields = ()
    fields = ()
    made_at = "created_at"  # when a record was made, shown beside it

    def queryset(self):
        return self.model._default_manager.all()

    def search(self, term):
        """Up to MOST_MATCHES matches, and one more if there are more."""
        return [
            Match(
                f"{self.kind}:{record.pk}",
                self.shown(record),
                getattr(record, self.made_at),
            )
            for record in self.found(term)[: MOST_MATCHES + 1]
        ]

    def found(self, term):
        lookups = [Q(**{f"{name}__icontains": term}) for name in self.search_fields]
        return self.queryset().filter(reduce(or_, lookups))

    def shown(self, record):
        return [
            (self.model._meta.get_field(name).verbose_name, getattr(record, name))
            for name in self.fields
        ]

    def chosen(self, keys):
        pks = [key.split(":", 1)[1] for key in keys if key.startswith(f"{self.kind}:")]
        return self.queryset().filter(pk__in=[pk for pk in pks if pk.isdigit()])

    def export(self, keys):
        return [self.exported(record) for record in self.chosen(keys)]

    def exported(self, record):
        """One record as the person is sent it: `fields`, as plain values."""
        return {name: plain_value(getattr(record, name)) for name in self.fields}

    def erase(self, keys):
        deleted, _by_model = self.chosen(keys).delete()
        return deleted

    def expired(self, now):
        return self.queryset().filter(keep_until__lte=now)

    def expire(self, now):
        """Deal with records past their time; the number dealt with."""
        deleted, _by_model = self.expired(now).delete()
        return deleted


def plain_value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def registered():
    """Every kind of personal data the apps keep, in the order they registered."""
    return [make() for make in hooks.get_hooks(HOOK)]


def purge_expired(now=None):
    """{kind label: records dealt with}, for each kind past its retention."""
    now = now or timezone.now()
    return {str(kind.label): kind.expire(now) for kind in registered()}
