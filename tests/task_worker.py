"""Background tasks on the database backend (the `database_tasks` fixture), run
by the worker inside a test."""

from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from movement.task_retries import RetryingWorker


def run_due_tasks():
    """What `db_worker` does with each task due, in this test's transaction."""
    worker = RetryingWorker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    outcomes = []
    while (result := DBTaskResult.objects.ready().get_locked()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        result.refresh_from_db()
        outcomes.append(result)
    return outcomes


def come_due(result):
    """Its retry's wait, passed."""
    DBTaskResult.objects.filter(pk=result.pk).update(run_after=timezone.now())
