"""Which language a visitor reads: Accept-Language at first, their own choice after.

Pages carry their language in the address (/pl/...), so they are the same for
everyone and stay cacheable. Only these two small views look at the visitor:
the site root, and the switcher's links, which remember a choice in Django's
language cookie before going on to the page.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

# A visitor's choice lasts a year unless settings say otherwise.
COOKIE_AGE = settings.LANGUAGE_COOKIE_AGE or 365 * 24 * 60 * 60


def home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def root(request):
    """`/`: the home page in the visitor's chosen language, else their browser's.

    Django's LocaleMiddleware would do this after rendering a whole 404 page;
    this answers at once. The answer differs per visitor, so shared caches
    must not keep it.
    """
    language = translation.get_language_from_request(request)
    url = home_url(language)
    if request.META.get("QUERY_STRING"):  # e.g. a campaign's tracking parameters
        url += "?" + request.META["QUERY_STRING"]
    response = HttpResponseRedirect(url)
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    add_never_cache_headers(response)
    return response


def choose_language(request, code):
    """`/language/pl/?next=/pl/o-nas/`: remember Polish, then show that page.

    `next` is followed only when it is a path on this site in the chosen
    language; anything else (another host, another language, nothing) leads
    to the chosen language's home page.
    """
    if code not in dict(settings.LANGUAGES):
        raise Http404("No such language")
    next_url = request.GET.get("next", "")
    if not _is_local_path_in(next_url, code, request):
        next_url = home_url(code)
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE or request.is_secure(),
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite="Lax",
    )
    add_never_cache_headers(response)
    return response


def _is_local_path_in(url, code, request):
    return (
        url.startswith("/")
        and url_has_allowed_host_and_scheme(
            url, allowed_hosts=None, require_https=request.is_secure()
        )
        and url.startswith(f"/{code}/")
    )
