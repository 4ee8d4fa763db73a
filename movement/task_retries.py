"""Background tasks that fail are tried again, then left failed for an operator.

django-tasks-db's worker runs each task once: one that raises is marked failed
and never runs again, though most failures of background work pass (the
database restarting, a cache in front timing out). Our `db_worker` command
runs this worker instead, which looks at each task that failed:

- if what it was for no longer exists (a page deleted after its indexing was
  asked for: ObjectDoesNotExist from one of Wagtail's or modelsearch's tasks),
  it is done: there is nothing left to do;
- if it has been tried fewer than TASK_ATTEMPTS times, it goes back in the
  queue, to run after TASK_RETRY_SECONDS, doubled each time; its last error
  stays on it meanwhile;
- otherwise it stays failed, and an error is logged, for the operators
  (`manage.py background_tasks` lists the failed ones; docs/operations.md).
"""

import logging
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker

logger = logging.getLogger("movement.tasks")
# Wagtail's and modelsearch's tasks read their object by its key first thing, so
# a DoesNotExist from them means the object was deleted after it was enqueued;
# from another task it may be a bug, which is tried again and reported.
LOOKS_UP_ITS_OBJECT = ("wagtail.", "modelsearch.")


class RetryingWorker(Worker):
    def run_task(self, db_task_result):
        super().run_task(db_task_result)
        if db_task_result.status == TaskResultStatus.FAILED:
            after_failure(db_task_result)


def after_failure(result):
    """Mark a task that just failed done, queued again or failed for good."""
    attempts = len(result.worker_ids)  # each run is claimed by a worker
    if result.task_path.startswith(LOOKS_UP_ITS_OBJECT) and is_gone(
        result.exception_class_path
    ):
        result.set_successful(None)
        logger.warning(
            "Task %s (%s): what it was for no longer exists; nothing to do",
            result.id,
            result.task_path,
        )
        return
    if attempts < settings.TASK_ATTEMPTS:
        delay = settings.TASK_RETRY_SECONDS * 2 ** (attempts - 1)
        result.status = TaskResultStatus.READY
        result.run_after = timezone.now() + timedelta(seconds=delay)
        result.save(update_fields=["status", "run_after"])
        logger.warning(
            "Task %s (%s) failed (%s), attempt %d of %d; trying again in %d s",
            result.id,
            result.task_path,
            result.exception_class_path,
            attempts,
            settings.TASK_ATTEMPTS,
            delay,
        )
        return
    logger.error(
        "Task %s (%s) failed %d times; left failed. Its last error:\n%s",
        result.id,
        result.task_path,
        attempts,
        result.traceback,
    )


def is_gone(exception_class_path):
    """Whether the exception named is an ObjectDoesNotExist (a model's DoesNotExist
    is named after its model: home.models.BlogPostPage.DoesNotExist)."""
    parts = exception_class_path.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            found = import_module(".".join(parts[:split]))
        except ImportError:
            continue
        try:
            for name in parts[split:]:
                found = getattr(found, name)
        except AttributeError:
            return False
        return isinstance(found, type) and issubclass(found, ObjectDoesNotExist)
    return False
