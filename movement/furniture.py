"""The header and footer, cached until something they show changes.

Every page shows the same menu, footer and organisation name, and building
them costs half a dozen queries. They are cached under the content generation
(movement.models.generation), a number in the database that any publish,
unpublish, move or delete of a page, and any save of the menu, footer, banner,
settings, a locale, an image or a site, advances. Every process reads it once
per request, so an editor's change shows on the next request in every process,
whichever cache backs the fragments (docs/decisions/0004-one-shared-generation.md).

A process whose cache is its own memory also drops, on seeing a new generation,
what Wagtail and we keep there without the generation in the key (the site
root paths, image renditions, remembered locales).
"""

import threading
from contextlib import contextmanager
from datetime import timedelta

from django.apps import apps
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_tasks import TaskResultStatus
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.signals import task_finished
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

CACHE_SECONDS = 24 * 60 * 60

_request = threading.local()  # this request's generation, read once
_process = {"seen": None}  # the newest generation this process has acted on
_forgetters = []
_advance_listeners = []
_change_listeners = []


def furniture_generation():
    """The content generation, as a cache-key part: one query per request."""
    generation = getattr(_request, "generation", None)
    if generation is None:
        generation = str(_generations().current())
        if getattr(_request, "active", False):
            _request.generation = generation
        if generation != _process["seen"]:
            _process["seen"] = generation
            for forget in _forgetters:
                forget()
    return generation


def in_request():
    return getattr(_request, "active", False)


def once_per_request(name, compute):
    """`compute()`, once per request and thread under `name`; outside a request,
    each time."""
    kept = getattr(_request, "kept", None)
    if kept is None or not in_request():
        return compute()
    if name not in kept:
        kept[name] = compute()
    return kept[name]


def _generations():
    # Imported here: movement.i18n imports this module while the models load.
    from movement.models.generation import ContentGeneration

    return ContentGeneration.objects


def check_generation():
    """Within a request, act on a new generation before reading process memory."""
    if getattr(_request, "active", False):
        furniture_generation()


def on_new_generation(forget):
    """Call `forget()` whenever this process first sees a new generation."""
    _forgetters.append(forget)
    return forget


def after_advance(listener):
    """Call `listener(generation)` once the change that advanced the generation is
    committed (movement.page_cache tells the processes that share its cache)."""
    _advance_listeners.append(listener)
    return listener


def on_change(listener):
    """Call `listener(**signal_kwargs)` for every change that advances the generation,
    as it happens (movement.frontend_purge works out which addresses it touched)."""
    _change_listeners.append(listener)
    return listener


def forget_furniture(**kwargs):
    _advance()
    for listener in _change_listeners:
        listener(**kwargs)


def _advance():
    generation = str(_generations().advance())
    _request.generation = None  # this request, too, reads the new one

    def tell_listeners():  # in order, so the last change's number is the one kept
        for listener in _advance_listeners:
            listener(generation)

    # Registered before the change listeners' own (forget_furniture), so that once
    # committed the processes sharing the page cache know the new generation before
    # any cache in front is purged: a request that reaches the app between the two
    # would be served a page of the old one.
    transaction.on_commit(tell_listeners)


# A publish saves its page, which asks for the page's indexing, within this of the
# moment it records as the page's last_published_at; a draft saved later does not.
PUBLISH_TO_INDEXING = timedelta(seconds=5)


def forget_after_indexing(sender, task_result, **kwargs):
    """django-tasks' task_finished receiver. A page published in a request is
    indexed for search later, on a background worker (TASK_BACKEND=database):
    a search made in between, and the page and ranking kept for it, would miss
    it until the next change. So the indexing of a page published since the task
    was asked for advances the generation again. Not for a draft saved (autosave
    saves a page every few seconds, and the index holds the live version, which
    a draft leaves as it was), nor for other objects, nor where the indexing ran
    in the publish's own request (the immediate backend), before its advance.
    Caches in front are not purged: they keep a search page a minute at most
    (search/views.py)."""
    backend = sender if isinstance(sender, type) else type(sender)
    if (
        issubclass(backend, ImmediateBackend)
        or task_result.status != TaskResultStatus.SUCCESSFUL
        or task_result.task.module_path != insert_or_update_object_task.module_path
    ):
        return
    app_label, model_name, pk = task_result.args
    model = apps.get_model(app_label, model_name)
    if not issubclass(model, Page):
        return
    published = model.objects.filter(
        pk=pk,
        live=True,
        last_published_at__gte=task_result.enqueued_at - PUBLISH_TO_INDEXING,
    )
    if published.exists():
        _advance()


@on_new_generation
def forget_process_local_caches():
    """Wagtail's own keys carry no generation: a process that keeps them in its
    own memory drops them once another process may have changed what they say."""
    if isinstance(caches["default"], LocMemCache):
        Site.clear_site_root_paths_cache()
    if isinstance(caches["renditions"], LocMemCache):
        caches["renditions"].clear()


@contextmanager
def as_one_request():
    """Work outside a request (a management command) done as one: the generation
    read once until a change, and what waits for a request's end waits for this.
    Without Django's request signals, which would also close the connections."""
    _start_request()
    try:
        yield
    finally:
        _end_request()


def _start_request(**kwargs):
    _request.active, _request.generation, _request.kept = True, None, {}


def _end_request(**kwargs):
    _request.active, _request.generation, _request.kept = False, None, None


def forget_furniture_on_change(*models):
    """Advance the generation whenever one of `models` is saved or deleted.

    Each app names the models its pages show in cached fragments (its
    AppConfig.ready()), so the core need not know them.
    """
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                forget_furniture,
                sender=model,
                dispatch_uid=f"furniture-{model._meta.label}-{id(signal)}",
            )


def connect_signals():
    """Called from MovementConfig.ready(): requests, page changes, core models."""
    from wagtail.images import get_image_model
    from wagtail.models import Collection, CollectionViewRestriction

    from movement.models import (
        Compartment,
        Footer,
        MainNavigation,
        NewsletterTopic,
        NoticeBanner,
        SiteIdentity,
        SiteSettings,
    )

    task_finished.connect(forget_after_indexing, dispatch_uid="furniture-indexing")
    request_started.connect(_start_request, dispatch_uid="furniture-request-start")
    request_finished.connect(_end_request, dispatch_uid="furniture-request-end")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget_furniture, dispatch_uid=f"furniture-{id(signal)}")
    post_delete.connect(
        forget_furniture, sender=Page, dispatch_uid="furniture-page-delete"
    )
    forget_furniture_on_change(
        Footer,
        MainNavigation,
        NoticeBanner,
        SiteIdentity,
        SiteSettings,
        Locale,
        # Sites decide every page's address (Wagtail caches the root paths).
        Site,
        # A page made private must leave menus and language lists at once.
        PageViewRestriction,
        # A document made private is shown as "sign in to download".
        Collection,
        CollectionViewRestriction,
        # Share images' alt text is named in every page's cached <head>.
        get_image_model(),
        # The framework's compartments head its table and its moves' pages.
        Compartment,
        # The footer's sign-up form lists the newsletter's topics.
        NewsletterTopic,
    )
