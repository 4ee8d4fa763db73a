"""The newsletter's public pages: sign up, check your email, confirm, change
or leave. Only the sign-up form is the same for everyone; the rest carry a
person's link and are never kept by a cache.

A link in an email is opened by mail scanners too, so opening one changes
nothing: the page has a button, and the button's post does the work. Mail
programs' one-click unsubscribe (RFC 8058) posts to the leave address without
the page; the signed link is what proves it, so that post needs no token.
"""

from functools import wraps

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from movement.http_cache import public_for_anonymous
from movement.models.newsletter import Subscriber
from movement.remembered_root import remember_site_for

from . import subscribing
from .forms import CONSENT_TEXT, ManageForm, SignUpForm, offered_topics_of
from .links import LinkRefused, read_confirm_token, read_manage_token

TITLES = {
    "sign_up": _("Sign up for our newsletter"),
    "sent": _("Check your email"),
    "confirm": _("Confirm your subscription"),
    "confirmed": _("You are signed up"),
    "link_refused": _("This link does not work"),
    "link_used": _("This link has been used"),
    "manage": _("Your newsletter"),
    "leave": _("Unsubscribe"),
    "left": _("Unsubscribed"),
}


NOT_SIGNED_UP = {"already": True, "title": _("Not signed up")}


def _render(request, template, context, status=200):
    remember_site_for(request)
    context = {"title": TITLES[template], **context}
    return render(request, f"newsletter/{template}.html", context, status=status)


def _page(request, template, context, status=200):
    """A page for this visitor only: never kept by a cache."""
    response = _render(request, template, context, status)
    add_never_cache_headers(response)
    return response


@public_for_anonymous
@require_http_methods(["GET", "HEAD", "POST"])
def sign_up(request):
    if request.method != "POST":
        return _render(request, "sign_up", {"form": SignUpForm()})
    form = SignUpForm(request.POST, request=request)
    if not form.is_valid():
        return _page(request, "sign_up", {"form": form}, status=form.refusal_status)
    subscribing.sign_up(
        {**form.cleaned_data, "consent_text": CONSENT_TEXT}, get_language()
    )
    return HttpResponseRedirect(reverse("newsletter_sent"), status=303)


@public_for_anonymous
def sent(request):
    return _render(request, "sent", {})


def _refused(request, refusal):
    return _page(request, "link_refused", {"expired": refusal.expired}, status=400)


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    try:
        pk, key = read_confirm_token(token)
    except LinkRefused as refusal:
        return _refused(request, refusal)
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is None or subscriber.confirmation_key != key:
        # Used already, or the sign-up was deleted: nothing to do.
        confirmed = subscriber is not None and subscriber.is_confirmed
        return _page(request, "link_used", {"confirmed": confirmed})
    if request.method != "POST":
        return _page(request, "confirm", {"action": request.path})
    subscribing.confirm(subscriber)
    return _page(request, "confirmed", {"subscriber": subscriber, "token": token})


def for_subscriber(view):
    """A view of a change-or-leave link: given the subscriber it is for, or
    answered with a clear page if the link is forged or they have left."""

    @wraps(view)
    def wrapped(request, token):
        try:
            pk, key = read_manage_token(token)
        except LinkRefused as refusal:
            return _refused(request, refusal)
        subscriber = Subscriber.objects.filter(pk=pk).first()
        if subscriber is None or subscriber.manage_key != key:
            return _page(request, "left", NOT_SIGNED_UP)
        return view(request, token, subscriber)

    return wrapped


@require_http_methods(["GET", "HEAD", "POST"])
@for_subscriber
def manage(request, token, subscriber):
    if request.method != "POST":
        form = ManageForm(
            initial={
                "language": subscriber.language,
                "topics": offered_topics_of(subscriber),
            }
        )
        return _page(request, "manage", {"form": form, "token": token})
    form = ManageForm(request.POST)
    if not form.is_valid():
        return _page(request, "manage", {"form": form, "token": token}, status=400)
    subscribing.change(
        subscriber, form.cleaned_data["topics"], form.cleaned_data["language"]
    )
    return _page(request, "manage", {"form": form, "token": token, "saved": True})


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
@for_subscriber
def leave(request, token, subscriber):
    if request.method != "POST":
        return _page(request, "leave", {"action": request.path, "token": token})
    subscribing.leave(subscriber)
    return _page(request, "left", {"already": False})
