"""Error pages that render without the database, which may be what failed."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from movement.outages import ServiceUnavailable

# A database that cannot be reached (restarting, failing over, out of
# connections) is a passing state, not a bug in the page; so is any other
# service that does not answer (object storage, OpenSearch: movement/outages.py).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
PASSING_OUTAGES = (*DATABASE_UNAVAILABLE, ServiceUnavailable)
RETRY_AFTER_SECONDS = 30


def server_error(request):
    if isinstance(sys.exception(), PASSING_OUTAGES):
        return service_unavailable(request)
    return offline_page(request, "500.html", status=500)


def service_unavailable(request):
    """503 with Retry-After: browsers, crawlers and caches come back later.

    The site recovers by itself: Django checks each persistent connection
    before a request uses it and opens a new one when the database is back.
    """
    response = offline_page(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def offline_page(request, template_name, status):
    """The page in the visitor's language (from the address), never cached."""
    language = (
        translation.get_language_from_path(request.path_info)
        or translation.get_language()
    )
    with translation.override(language):
        html = loader.get_template(template_name).render(
            {
                "request": request,
                "offline": True,
                "site_name": settings.WAGTAIL_SITE_NAME,
                "retry_after": RETRY_AFTER_SECONDS,
            }
        )
    response = HttpResponse(html, status=status)
    add_never_cache_headers(response)
    return response
