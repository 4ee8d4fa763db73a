"""django-tasks-db's `db_worker`, whose worker tries a failed task again
(movement/task_retries.py). Ours because movement comes before django_tasks_db
in INSTALLED_APPS; every option is the library's."""

from django_tasks_db.management.commands import db_worker

from movement.task_retries import RetryingWorker


class Command(db_worker.Command):
    help = "Run background tasks from the database, trying failed ones again."

    def handle(self, *args, **options):
        # The library's command builds its worker by this module-level name.
        db_worker.Worker = RetryingWorker
        super().handle(*args, **options)
