"""robots.txt: everything may be crawled but the admin, the language switch and search.

The switcher's /language/<code>/ links only set a cookie and redirect, and
search result pages are endless combinations of the same content; crawlers
find every real page through the sitemap named at the end.
"""

from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

DISALLOWED = ["/admin/", "/language/", "/*/search/"]
MAX_AGE = 24 * 60 * 60


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines += [
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    response = HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
