"""Reading offline: the service worker, the web app manifest, the offline page.

The worker (templates/offline/sw.js) keeps each page a visitor reads and the
packs they ask to keep, fetches every page from the network first, and shows
the offline page in the visitor's language when there is neither network nor a
kept copy. Its version is a hash of what it is made of, so a deploy that
changes it replaces it (and its offline pages) on each visitor's next page.
Everything works without it: JavaScript off, or a browser without workers.
"""

import hashlib
import json
from functools import cache

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from movement.i18n import text_direction
from movement.views import offline_page

MOST_PAGES = 60  # pages kept, the oldest forgotten first
MOST_ASSETS = 120  # styles, scripts and pictures those pages use


def offline_addresses():
    """{language: its offline page's address}."""
    addresses = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            addresses[code] = reverse("offline")
    return addresses


@cache
def worker_script():
    """The worker as sent: the same until the process restarts with a deploy,
    so it is made (rendered twice, to hash itself) once per process."""
    context = {
        "offline_pages": json.dumps(offline_addresses()),
        "default_language": settings.LANGUAGE_CODE,
        "most_pages": MOST_PAGES,
        "most_assets": MOST_ASSETS,
    }
    template = loader.get_template("offline/sw.js")
    # What the offline pages look like changes with the styles (hashed names).
    made_of = template.render({**context, "version": ""}) + static("css/site.css")
    context["version"] = hashlib.sha256(made_of.encode()).hexdigest()[:16]
    return template.render(context)


@require_GET
def service_worker(request):
    response = HttpResponse(
        worker_script(), content_type="text/javascript; charset=utf-8"
    )
    # Browsers check for a new worker on each visit: never keep it.
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline(request):
    """What the worker shows for a page it has not kept (no database needed)."""
    return offline_page(request, "offline.html", status=200)


@require_GET
def manifest(request):
    language = translation.get_language()
    response = JsonResponse(
        {
            "name": settings.WAGTAIL_SITE_NAME,
            "short_name": settings.WAGTAIL_SITE_NAME,
            "description": _("Beating the odds, and changing them, together."),
            "lang": language,
            "dir": text_direction(language),
            "start_url": reverse("wagtail_serve", args=[""]),
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#5b2a86",
            "icons": [
                {
                    "src": static("img/favicon.svg"),
                    "sizes": "any",
                    "type": "image/svg+xml",
                }
            ],
        },
        json_dumps_params={"ensure_ascii": False},
        content_type="application/manifest+json",
    )
    return response
