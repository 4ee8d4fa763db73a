"""Back up the database and every stored file into a new folder (movement/backups.py).

manage.py backup_site /var/backups/movement
"""

from subprocess import CalledProcessError

from django.core.management.base import BaseCommand, CommandError

from movement.backups import prune_backups, take_backup


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
        try:
            taken = take_backup(folder)
        except CalledProcessError as error:
            raise CommandError(error.stderr.decode(errors="replace")) from error
        except (OSError, RuntimeError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(taken))
        if keep_days is not None:
            for pruned in prune_backups(folder, max(keep_days, 1)):
                self.stderr.write(f"Deleted {pruned}")
