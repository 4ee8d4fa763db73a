"""Back up the database and every stored file into a new folder (movement/backups.py).

manage.py backup_site /var/backups/movement
"""

from django.core.management.base import BaseCommand

from movement.backups import failures_as_command_errors, prune_backups, take_backup


class Command(BaseCommand):
    help = "Back up the database and every stored file into a new folder under FOLDER."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="where backups are kept")
        parser.add_argument(
            "--keep-days",
            type=int,
            help="then delete the backups in FOLDER taken this many days ago or more",
        )

    def handle(self, *args, folder, keep_days, **options):
        with failures_as_command_errors():
            taken = take_backup(folder)
        self.stdout.write(str(taken))
        if keep_days is not None:
            for pruned in prune_backups(folder, max(keep_days, 1)):
                self.stderr.write(f"Deleted {pruned}")
