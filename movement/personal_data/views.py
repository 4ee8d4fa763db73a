"""The admin screen for a person's data requests: find, download, erase.

Everything is posted, never put in the address: a person's name or email in a
URL would end up in access logs, browser history and Referer headers.
"""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from movement.models import PersonalDataAction

from . import MOST_MATCHES, registered

PERMISSION = "movement.handle_personal_data"


class SearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Name, email address or organisation"),
        min_length=2,
        max_length=200,
        help_text=gettext_lazy(
            "As the person gave it. Part of it finds more; tick only what is theirs."
        ),
    )


class ActionForm(forms.Form):
    chosen = forms.MultipleChoiceField(
        error_messages={"required": gettext_lazy("Tick at least one record.")}
    )
    reference = forms.CharField(
        label=gettext_lazy("Request reference"),
        max_length=120,
        help_text=gettext_lazy(
            "How the request reached us, e.g. “email of 3 March”: kept in the log. "
            "Do not type the person's name."
        ),
    )
    confirm_erase = forms.BooleanField(
        required=False,
        label=gettext_lazy(
            "I have checked these records are the person's, and they asked for them "
            "to be erased. This cannot be undone."
        ),
    )

    def __init__(self, keys, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chosen"].choices = [(key, key) for key in keys]


def personal_data(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    kinds = registered()
    posted = request.POST if request.method == "POST" else None
    search = SearchForm(posted)
    found = []
    if search.is_valid():
        term = search.cleaned_data["q"]
        found = [(kind, kind.search(term)) for kind in kinds]
    keys = [match.key for _kind, matches in found for match in matches[:MOST_MATCHES]]
    acting = posted is not None and ("download" in posted or "erase" in posted)
    action_form = ActionForm(keys, posted if acting else None)
    if acting and action_form.is_valid():
        chosen = action_form.cleaned_data["chosen"]
        reference = action_form.cleaned_data["reference"]
        if "erase" in posted:
            if action_form.cleaned_data["confirm_erase"]:
                return _erase(request, kinds, chosen, reference)
            action_form.add_error(
                "confirm_erase", _("Tick this box to confirm, then erase.")
            )
        else:
            return _download(request, kinds, chosen, reference)
    response = TemplateResponse(
        request,
        "movement_admin/personal_data.html",
        {
            "search": search,
            "found": [
                (kind, matches[:MOST_MATCHES], len(matches) > MOST_MATCHES)
                for kind, matches in found
            ],
            "any_found": bool(keys),
            "most_matches": MOST_MATCHES,
            "action_form": action_form,
            "history": PersonalDataAction.objects.select_related("done_by")[:20],
        },
        status=400 if action_form.errors else 200,
    )
    response["Cache-Control"] = "no-store"
    return response


def _download(request, kinds, chosen, reference):
    exported = {str(kind.label): kind.export(chosen) for kind in kinds}
    exported = {label: records for label, records in exported.items() if records}
    _log(request, PersonalDataAction.Action.EXPORT, reference, exported)
    response = HttpResponse(
        json.dumps(exported, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = content_disposition_header(
        True, f"personal-data-{day}.json"
    )
    response["Cache-Control"] = "no-store"
    return response


def _erase(request, kinds, chosen, reference):
    erased = {str(kind.label): kind.erase(chosen) for kind in kinds}
    erased = {label: number for label, number in erased.items() if number}
    _log(request, PersonalDataAction.Action.ERASE, reference, erased)
    messages.success(
        request,
        _("Erased %(number)d records. The log below keeps only their number.")
        % {"number": sum(erased.values())},
    )
    return redirect("personal_data")


def _log(request, action, reference, records):
    counts = {
        label: len(value) if isinstance(value, list) else value
        for label, value in records.items()
    }
    PersonalDataAction.objects.create(
        action=action, reference=reference, records=counts, done_by=request.user
    )
