"""Wagtail's publish_scheduled, with the pages it changed rendered again once it is done.

A page going live or expiring on schedule retires every kept page, as an editor's
publish does, and its first visitors would wait for the renders. So the command
runs as one unit of work, as an editor's request is, and the pages it touched,
then those visitors read lately, are warmed when it ends (movement/page_warming.py).
It replaces Wagtail's command of the same name: this app comes first in INSTALLED_APPS.
Newsletters scheduled from a page's Newsletter tab start on the same timer.
"""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from movement.newsletter.sending import start_due_sendings
from movement.page_warming import warmed_when_done


class Command(WagtailCommand):
    help = (
        "Publishes and unpublishes what is scheduled to go live or expire, then "
        "renders again the pages that touched; starts newsletters due to be sent."
    )

    def handle(self, *args, **options):
        with warmed_when_done():
            super().handle(*args, **options)
        # Scheduled newsletters go out on the same timer (movement/newsletter).
        started = start_due_sendings()
        if started:
            self.stdout.write(f"Started sending {started} scheduled newsletter(s).")
