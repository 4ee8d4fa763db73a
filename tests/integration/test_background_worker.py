"""A publish's background work waits in the database until `db_worker` runs it,
as in production (TASK_BACKEND=database): the editor's request no longer does it."""

import json

import pytest

from tests.servers import manage

pytestmark = pytest.mark.integration

PUBLISH = """
from home.models import BlogPostPage
post = BlogPostPage.objects.live().filter(locale__language_code="en").first()
post.title = "Zephyrine weather for the march"
post.save_revision().publish()
"""

STATE = """
import json
from django_tasks_db.models import DBTaskResult
from home.models import BlogPostPage
found = BlogPostPage.objects.live().search("zephyrine")
print(json.dumps({
    "statuses": sorted(set(DBTaskResult.objects.values_list("status", flat=True))),
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
    assert done["found"] == ["Zephyrine weather for the march"]
    report = manage(environment, "background_tasks", "--check").stdout
    assert "Due and waiting: 0" in report
