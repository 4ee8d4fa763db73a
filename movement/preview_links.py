"""Shared previews (movement.models.preview_links): the admin screen that makes
and revokes the links, and the public view a reviewer opens.

Whoever may edit a page may share its draft. The reviewer's view renders the
page's latest revision as Wagtail's own preview does (the same middleware,
language and templates), then makes sure no cache keeps it and no search
engine lists it.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log
from wagtail.models import Page

from movement.models.preview_links import LIFETIMES, PreviewLink

CREATED = "movement.preview_link.create"
REVOKED = "movement.preview_link.revoke"
LOG_ACTIONS = [
    (CREATED, _("Share a preview"), _("Shared a preview link to the draft")),
    (REVOKED, _("Revoke a preview"), _("Revoked a shared preview link")),
]


class PreviewLinkForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("Works for"),
        choices=list(LIFETIMES.items()),
        coerce=int,
        initial=7,
    )
    note = forms.CharField(
        label=PreviewLink._meta.get_field("note").verbose_name.capitalize(),
        help_text=PreviewLink._meta.get_field("note").help_text,
        max_length=100,
        required=False,
    )


def _editable_page(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def manage(request, page_id):
    """The page's links: make one, see who each was for and until when."""
    page = _editable_page(request, page_id)
    form = PreviewLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        link = PreviewLink.issue(
            page, request.user, form.cleaned_data["days"], form.cleaned_data["note"]
        )
        log(page, CREATED, user=request.user, data={"expires_at": str(link.expires_at)})
        messages.success(
            request,
            _("Link made. Copy it from the list and send it to your reviewer."),
        )
        return redirect("preview_links", page.pk)
    links = list(page.preview_links.select_related("created_by")[:50])
    for link in links:
        link.address = request.build_absolute_uri(link.get_absolute_url())
    return TemplateResponse(
        request,
        "movement_admin/preview_links.html",
        {"page": page, "form": form, "links": links},
        status=400 if form.errors else 200,
    )


@require_POST
def revoke(request, page_id, link_id):
    page = _editable_page(request, page_id)
    link = get_object_or_404(page.preview_links, pk=link_id)
    if link.revoked_at is None:
        link.revoke()
        log(page, REVOKED, user=request.user)
        messages.success(request, _("Link revoked: it no longer opens the draft."))
    return redirect("preview_links", page.pk)


def shared_preview(request, token):
    """The draft, for whoever holds a working link; 404 for any other address."""
    link = PreviewLink.from_token(token)
    if link is None:
        raise Http404
    page = link.page.specific.get_latest_revision_as_object()
    with translation.override(page.locale.language_code):
        response = page.make_preview_request(
            request, page.default_preview_mode, {"shared_preview": link}
        )
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"  # the address is the key
    return response
