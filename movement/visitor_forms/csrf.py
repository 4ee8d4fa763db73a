"""Cross-site request forgery checks that a kept page cannot break.

A page kept by the page cache, Varnish or a CDN is the same for every visitor,
so it cannot carry a CSRF token: the token belongs to one browser. Forms on
public pages therefore carry none, and the browser proves where a post came
from instead: every browser in use sends `Sec-Fetch-Site` or `Origin` with a
form post, and a page on another site cannot forge either (the approach of
Go 1.25's CrossOriginProtection; docs/decisions/0007-forms-on-kept-pages.md).
Only this site's own origin counts: CSRF_TRUSTED_ORIGINS still need a token.

A post to a public page that proves neither (an old browser, a privacy tool,
a forged post from another site) falls back to Django's token check. If that
fails, the visitor is shown what they typed, with a button to send it again,
now with a token: nothing is lost, and nothing is stored unless they confirm.
Every other view (the admin, sign-in) keeps Django's own check and its plain
refusal: a page offering to send a forged post on would do the forger's work.
"""

from django.conf import settings
from django.core import checks
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views import csrf

from .guard import STARTED_FIELD, started_stamp

# The views that serve public pages (and their routes, such as a pledge), and
# the newsletter's pages (their forms are on kept pages too: the footer).
PUBLIC_PAGE_VIEWS = {
    "wagtail_serve",
    "newsletter_sign_up",
    "newsletter_confirm",
    "newsletter_manage",
}
# Fields never sent back: Django's token is added fresh.
NOT_SENT_AGAIN = {"csrfmiddlewaretoken"}


MIDDLEWARE = "SameOriginCsrfMiddleware"


class SameOriginCsrfMiddleware(CsrfViewMiddleware):
    def process_view(self, request, callback, callback_args, callback_kwargs):
        if (
            request.method == "POST"
            and serves_public_pages(request)
            and proves_same_origin(request)
        ):
            return self._accept(request)
        return super().process_view(request, callback, callback_args, callback_kwargs)


@checks.register(checks.Tags.security, deploy=True)
def csrf_protection_installed(app_configs, **kwargs):
    """Stands in for Django's security.W003 (silenced in settings), which looks
    for Django's own middleware by name and does not know this subclass."""
    names = {"django.middleware.csrf.CsrfViewMiddleware", f"{__name__}.{MIDDLEWARE}"}
    if names & set(settings.MIDDLEWARE):
        return []
    return [
        checks.Warning(
            "No CSRF middleware: add movement.visitor_forms.csrf."
            "SameOriginCsrfMiddleware to MIDDLEWARE.",
            id="movement.W003",
        )
    ]


def proves_same_origin(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    scheme = "https" if request.is_secure() else "http"
    return origin is not None and origin == f"{scheme}://{request.get_host()}"


def serves_public_pages(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name in PUBLIC_PAGE_VIEWS


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: on a public page, what was typed and a button to send
    it again (403); anywhere else, Django's refusal."""
    if not serves_public_pages(request):
        return csrf.csrf_failure(request, reason)
    get_token(request)  # the form below carries a fresh token, and sets its cookie
    typed = [
        (name, value)
        for name, values in request.POST.lists()
        if name not in NOT_SENT_AGAIN and "password" not in name
        for value in values
    ]
    # A form from elsewhere has no stamp: confirming here is where a person began.
    if not request.POST.get(STARTED_FIELD):
        typed.append((STARTED_FIELD, started_stamp()))
    response = render(
        request,
        "visitor_forms/confirm_sending.html",
        {
            "action": request.get_full_path(),
            "typed": typed,
            "files": list(request.FILES),
            "title": _("Please confirm you want to send this"),
        },
        status=403,
    )
    add_never_cache_headers(response)  # it carries this visitor's token and words
    return response
