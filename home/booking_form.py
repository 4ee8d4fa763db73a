"""The form a visitor fills in to book a place: who, an email for the
confirmation (and the link to cancel), and what they need to take part."""

from django import forms
from django.utils.translation import gettext_lazy as _

from movement.visitor_forms.guard import GuardedForm


class BookingForm(GuardedForm):
    name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_(
            "We send your booking here, with a link to cancel it. We use it for "
            "nothing else."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    bsl = forms.BooleanField(
        label=_("I need a British Sign Language interpreter"), required=False
    )
    step_free = forms.BooleanField(label=_("I need step-free access"), required=False)
    captions = forms.BooleanField(label=_("I need live captions"), required=False)
    other_needs = forms.CharField(
        label=_("Anything else you need to take part"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    ACCESS_FIELDS = ("bsl", "step_free", "captions")

    def __init__(self, event, *args, **kwargs):
        kwargs.setdefault("auto_id", "booking-%s")
        super().__init__(*args, rate_scope="booking", **kwargs)
        self.event = event
        if not event.is_in_person:
            del self.fields["step_free"]
        self.ask_consent(
            event.booking_consent_text,
            _("Please tick the box to say you agree, or we cannot book your place."),
        )

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def access_fields(self):
        return [self[name] for name in self.ACCESS_FIELDS if name in self.fields]
