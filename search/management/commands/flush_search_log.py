from django.core.management.base import BaseCommand

from search import query_log


class Command(BaseCommand):
    help = (
        "Write the search counts kept in the cache to the popular-searches report "
        "(run every few minutes: docs/operations.md)."
    )

    def handle(self, *args, **options):
        hits = query_log.flush()
        if options["verbosity"] > 0:
            self.stdout.write(f"{hits} searches written")
