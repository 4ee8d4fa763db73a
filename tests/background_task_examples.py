"""Tasks for tests/test_background_tasks.py: a worker imports a task by its path."""

from django_tasks import task
from wagtail.models import Page


@task()
def fails():
    raise ConnectionError("the search server did not answer")


@task()
def title_of(page_pk):
    return Page.objects.get(pk=page_pk).title
