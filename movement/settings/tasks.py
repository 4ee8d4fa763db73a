"""Background work (django-tasks): Wagtail's tasks (the search and references
indexes, image focal points, deleting replaced files) and ours (page warming).

TASK_BACKEND=immediate, the default and the tests': each task runs at once, in
the process that asked for it, so the embedded default needs no worker.
TASK_BACKEND=database, production's default (production.py): tasks are rows
in the database (django-tasks-db), run by `manage.py db_worker` (ours, with
retries: movement/task_retries.py), so an editor's publish does not wait for a
dozen of them. docs/deployment.md says how to run the worker.
"""

from django.core.exceptions import ImproperlyConfigured

from .env import env_int, env_str

TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(default_backend):
    """TASKS for TASK_BACKEND, or `default_backend` when it is unset."""
    chosen = env_str("TASK_BACKEND") or default_backend
    if chosen not in TASK_BACKENDS:
        raise ImproperlyConfigured(
            f"TASK_BACKEND={chosen!r}: choose one of {', '.join(TASK_BACKENDS)}."
        )
    return {"default": {"BACKEND": TASK_BACKENDS[chosen]}}


TASKS = tasks_setting("immediate")
# A task that fails is run at most this many times in all, waiting 30 s, then
# 60 s, 120 s… between runs (the worker's, movement/task_retries.py); then it
# stays failed, logged as an error.
TASK_ATTEMPTS = env_int("TASK_ATTEMPTS", 4)
TASK_RETRY_SECONDS = env_int("TASK_RETRY_SECONDS", 30)
