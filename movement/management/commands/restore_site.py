"""Restore a backup (backup_site) into this site's new, empty database and storage.

    manage.py restore_site /var/backups/movement/movement-20261206T203000Z

Then `manage.py migrate` brings an older backup up to this code's schema.
"""

from subprocess import CalledProcessError

from django.core.management.base import BaseCommand, CommandError

from movement.backups import CannotRestore, restore_into_empty


class Command(BaseCommand):
    help = "Restore a backup folder into an empty database and empty storage."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="a folder backup_site made")

    def handle(self, *args, backup, **options):
        try:
            manifest = restore_into_empty(backup)
        except CalledProcessError as error:
            raise CommandError(error.stderr.decode(errors="replace")) from error
        except (CannotRestore, OSError, RuntimeError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the backup taken {manifest['taken']}: {manifest['pages']} "
            f"pages, {manifest['images']} images, {manifest['documents']} documents, "
            f"{manifest['files']} files."
        )
