"""Restore a backup (backup_site) into this site's new, empty database and storage.

    manage.py restore_site /var/backups/movement/movement-20261206T203000Z

Then `manage.py migrate` brings an older backup up to this code's schema.
"""

from django.core.management.base import BaseCommand

from movement.backups import failures_as_command_errors, restore_into_empty


class Command(BaseCommand):
    help = "Restore a backup folder into an empty database and empty storage."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="a folder backup_site made")

    def handle(self, *args, backup, **options):
        with failures_as_command_errors():
            manifest = restore_into_empty(backup)
        self.stdout.write(
            f"Restored the backup taken {manifest['taken']}: {manifest['pages']} "
            f"pages, {manifest['images']} images, {manifest['documents']} documents, "
            f"{manifest['files']} files."
        )
