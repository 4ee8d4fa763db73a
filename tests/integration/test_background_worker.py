"""A publish's background work waits in the database until `db_worker` runs it,
as in production (TASK_BACKEND=database): the editor's request no longer does
it; a task that fails waits to be tried again."""

import json

import pytest

from tests.servers import manage

pytestmark = pytest.mark.integration

PUBLISH = """
from home.models import BlogPostPage
from tests.background_task_examples import fails
post = BlogPostPage.objects.live().filter(locale__language_code="en").first()
post.title = "Zephyrine weather for the march"
post.save_revision().publish()
fails.enqueue()
"""

STATE = """
import json
from django_tasks_db.models import DBTaskResult
from home.models import BlogPostPage
found = BlogPostPage.objects.live().search("zephyrine")
done = DBTaskResult.objects.exclude(task_path__startswith="tests.")
failing = DBTaskResult.objects.filter(task_path__startswith="tests.").first()
print(json.dumps({
    "statuses": sorted(set(done.values_list("status", flat=True))),
    "failing": [failing.status, len(failing.worker_ids), failing.run_after.year],
    "tasks": sorted(set(DBTaskResult.objects.values_list("task_path", flat=True))),
    "found": [page.title for page in found if page.locale.language_code == "en"],
}))
"""


def state(environment):
    return json.loads(manage(environment, "shell", "-c", STATE).stdout.splitlines()[-1])


def test_a_publishs_indexing_waits_for_the_worker_then_is_done(demo_site):
    environment = {**demo_site, "TASK_BACKEND": "database"}
    manage(environment, "shell", "-c", PUBLISH)
    waiting = state(environment)
    assert waiting["statuses"] == ["READY"]
    assert "modelsearch.tasks.insert_or_update_object_task" in waiting["tasks"]
    assert waiting["found"] == []  # not searchable until the worker has run

    worker = manage(environment, "db_worker", "--batch", "--no-startup-delay", "-v0")
    assert worker.returncode == 0
    done = state(environment)
    assert done["statuses"] == ["SUCCESSFUL"]
    # Ours, with retries: the failed task waits to be tried again.
    status, attempts, year = done["failing"]
    assert (status, attempts) == ("READY", 1) and year < 9999
    assert done["found"] == ["Zephyrine weather for the march"]
    report = manage(environment, "background_tasks").stdout
    assert "Due and waiting: 0" in report  # the retry is not due yet
