"""Applies each kind of personal data's retention period: run it daily (docs/operations.md)."""

from django.core.management.base import BaseCommand

from movement.models import PersonalDataAction
from movement.personal_data import purge_expired


class Command(BaseCommand):
    help = "Erases or wipes what visitors sent once its retention period has passed."

    def handle(self, *args, **options):
        dealt_with = purge_expired()
        if any(dealt_with.values()):
            PersonalDataAction.objects.create(
                action=PersonalDataAction.Action.EXPIRE,
                records={kind: n for kind, n in dealt_with.items() if n},
            )
        for kind, number in dealt_with.items():
            self.stdout.write(f"{kind}: {number}")
