import time

from django.core.management.base import BaseCommand

from movement.demo import load_demo_content


class Command(BaseCommand):
    help = "Build the demo site from the movement's story. Safe to run again: it adds only what is missing."

    def handle(self, *args, **options):
        started = time.monotonic()
        load_demo_content()
        self.stdout.write(f"Demo content ready in {time.monotonic() - started:.1f}s.")
