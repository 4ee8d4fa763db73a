"""Background work on the database backend: a worker runs it, tries a failed task
again, lets one whose object is gone end cleanly, and operators see what failed
(movement/settings/tasks.py, movement/task_retries.py, the background_tasks
command)."""

import io
import logging
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from modelsearch.tasks import insert_or_update_object_task

from home.models import BlogPostPage
from movement.furniture import forget_after_indexing
from movement.models.generation import ContentGeneration
from movement.settings.tasks import TASK_BACKENDS, tasks_setting
from movement.task_retries import is_gone
from tests import background_task_examples as examples
from tests.task_worker import come_due, run_due_tasks
from tests.test_settings import PRODUCTION_ENV, settings_of

pytestmark = pytest.mark.django_db
INDEXING_TASK = insert_or_update_object_task.module_path


def test_a_failed_task_is_tried_again_later_then_left_failed_and_logged(
    database_tasks, caplog
):
    examples.fails.enqueue()
    (first,) = run_due_tasks()
    assert first.status == TaskResultStatus.READY  # queued again…
    assert first.run_after > timezone.now() + timedelta(seconds=25)  # …for later
    assert "ConnectionError" in first.exception_class_path  # the error still shown
    assert run_due_tasks() == []  # not before its time

    come_due(first)
    (second,) = run_due_tasks()
    assert second.status == TaskResultStatus.READY
    assert second.run_after > timezone.now() + timedelta(seconds=55)  # doubled

    come_due(second)
    with caplog.at_level(logging.ERROR, logger="movement.tasks"):
        (third,) = run_due_tasks()
    assert third.status == TaskResultStatus.FAILED
    assert len(third.worker_ids) == 3
    assert "failed 3 times" in caplog.text
    assert "the search server did not answer" in caplog.text


def test_a_task_whose_page_was_deleted_meanwhile_ends_cleanly(database_tasks):
    # An editor saves a page, then deletes it before the worker gets to the
    # page's indexing tasks (Wagtail's and modelsearch's, enqueued by the save).
    post = BlogPostPage.objects.live().first()
    parent = post.get_parent()
    page = parent.add_child(instance=BlogPostPage(title="Gone soon", slug="gone-soon"))
    queued = DBTaskResult.objects.ready().count()
    assert queued >= 2
    examples.title_of.enqueue(page.pk)  # ours: a DoesNotExist here may be a bug
    page.delete()

    outcomes = [(result.task_path, result.status) for result in run_due_tasks()]
    theirs = {status for path, status in outcomes if not path.startswith("tests.")}
    ours = [status for path, status in outcomes if path.startswith("tests.")]
    assert theirs == {TaskResultStatus.SUCCESSFUL}
    assert ours == [TaskResultStatus.READY]  # tried again later, not hidden


def test_a_task_that_succeeds_is_done_once(database_tasks):
    post = BlogPostPage.objects.live().first()
    examples.title_of.enqueue(post.pk)
    (result,) = run_due_tasks()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == post.title


@pytest.mark.parametrize(
    ("path", "gone"),
    [
        ("home.models.BlogPostPage.DoesNotExist", True),
        ("wagtail.models.pages.Page.DoesNotExist", True),
        ("django.core.exceptions.ObjectDoesNotExist", True),
        ("builtins.ConnectionError", False),
        ("no.such.module.Error", False),
        ("home.models.NoSuchModel.DoesNotExist", False),
    ],
)
def test_what_counts_as_gone(path, gone):
    assert is_gone(path) is gone


def test_operators_see_failed_and_waiting_tasks(database_tasks):
    examples.fails.enqueue()
    for _attempt in range(3):
        (result,) = run_due_tasks()
        come_due(result)
    late = examples.title_of.using(run_after=timezone.now() - timedelta(minutes=10))
    late.enqueue(1)
    waiting = examples.title_of.enqueue(2)  # as soon as possible, for 20 minutes now
    DBTaskResult.objects.filter(pk=waiting.id).update(
        enqueued_at=timezone.now() - timedelta(minutes=20)
    )
    killed = examples.title_of.enqueue(3)  # its worker killed an hour ago
    DBTaskResult.objects.filter(pk=killed.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - timedelta(hours=1)
    )

    out = io.StringIO()
    call_command("background_tasks", stdout=out)
    report = out.getvalue()
    assert "failed      1" in report
    assert "tests.background_task_examples.fails after 3 attempts" in report
    assert "ConnectionError: the search server did not answer" in report
    assert re.search(r"Due and waiting: 2; the longest for 120\d s", report)
    assert f"STUCK {killed.id} tests.background_task_examples.title_of" in report
    with pytest.raises(
        CommandError,
        match="1 failed; 1 running for over 30 minutes;.*is `db_worker` running",
    ):
        call_command("background_tasks", "--check", stdout=io.StringIO())


def test_all_is_well_when_nothing_failed_or_waits(database_tasks):
    examples.title_of.enqueue(BlogPostPage.objects.live().first().pk)
    run_due_tasks()
    call_command("background_tasks", "--check", stdout=io.StringIO())  # no error


def test_tasks_run_at_once_unless_production_or_asked(monkeypatch):
    monkeypatch.delenv("TASK_BACKEND", raising=False)
    assert tasks_setting("immediate")["default"]["BACKEND"].endswith("ImmediateBackend")
    monkeypatch.setenv("TASK_BACKEND", "database")
    assert tasks_setting("immediate")["default"]["BACKEND"] == TASK_BACKENDS["database"]
    monkeypatch.setenv("TASK_BACKEND", "celery")
    with pytest.raises(ImproperlyConfigured, match="TASK_BACKEND='celery'"):
        tasks_setting("immediate")


def test_production_runs_tasks_on_the_database_worker():
    result = settings_of("movement.settings.production", PRODUCTION_ENV, "TASKS")
    assert result.returncode == 0, result.stderr
    assert "django_tasks_db.DatabaseBackend" in result.stdout
    immediate = settings_of(
        "movement.settings.production",
        {**PRODUCTION_ENV, "TASK_BACKEND": "immediate"},
        "TASKS",
    )
    assert "ImmediateBackend" in immediate.stdout


def test_a_page_indexed_by_the_worker_is_found_by_the_next_search(
    database_tasks, settings, client
):
    # A search made between the publish and the worker's indexing keeps a ranking
    # without the page: the indexing moves the generation on, so it is not used.
    settings.SEARCH_RESULTS_CACHE_SECONDS = 300
    post = BlogPostPage.objects.live().filter(locale__language_code="en").first()
    post.title = "Zephyrine weather for the march"
    post.save_revision().publish()
    assert "weather for the march" not in search_page(client, "zephyrine")

    run_due_tasks()
    assert "weather for the march" in search_page(client, "zephyrine")


def search_page(client, words):
    return client.get("/en/search/", {"q": words}).content.decode()


def test_a_draft_indexed_by_the_worker_keeps_every_kept_page(database_tasks):
    # Autosave saves a draft every few seconds, and each save asks for the page's
    # indexing: were each to advance the generation, editing would empty the
    # page cache again and again.
    post = BlogPostPage.objects.live().filter(locale__language_code="en").first()
    post.title = "A draft, not yet published"
    post.save_revision()
    before = ContentGeneration.objects.current()
    assert any(result.task_path == INDEXING_TASK for result in run_due_tasks())
    assert ContentGeneration.objects.current() == before

    post.save_revision().publish()
    published = ContentGeneration.objects.current()
    run_due_tasks()
    assert ContentGeneration.objects.current() != published


@pytest.mark.parametrize(
    ("sender", "advances"),
    [
        (DatabaseBackend("default", {}), True),  # the worker sends its backend
        (DatabaseBackend, True),
        (ImmediateBackend, False),  # indexed in the publish's own request
    ],
)
def test_only_indexing_after_the_publish_moves_the_generation_on(sender, advances):
    post = BlogPostPage.objects.live().filter(locale__language_code="en").first()
    post.save_revision().publish()
    indexed = SimpleNamespace(
        status=TaskResultStatus.SUCCESSFUL,
        task=SimpleNamespace(module_path=INDEXING_TASK),
        args=["home", "blogpostpage", str(post.pk)],
        enqueued_at=timezone.now(),
    )
    before = ContentGeneration.objects.current()
    forget_after_indexing(sender=sender, task_result=indexed)
    assert (ContentGeneration.objects.current() != before) is advances
