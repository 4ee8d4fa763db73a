"""Checks every visitor form makes before anything it sent is stored.

No third-party script and no puzzle: a field people never see that programs
fill in (the honeypot), the time since the page was made, a rate per network
address, and a length limit on every field. Each refusal says what to do in
the visitor's language and keeps everything they typed (the form is shown
again, filled in), so a person caught by one loses nothing.
"""

import ipaddress

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from movement.login_protection import client_address
from movement.rate_limits import within_limit

HONEYPOT_FIELD = "website"
STARTED_FIELD = "started"
CONSENT_FIELD = "consent"
GUARD_FIELDS = (HONEYPOT_FIELD, STARTED_FIELD)
STAMP_SALT = "movement.visitor-forms.started"
# A field with no limit of its own (a form page's long answer) gets this one.
LONGEST_ANSWER = 5000


def started_stamp():
    """When the form was made, signed: the visitor cannot change it."""
    return signing.TimestampSigner(salt=STAMP_SALT).sign("form")


class GuardedForm(forms.Form):
    """A visitor's form, refused politely when a program or a flood sends it.

    `rate_scope` names what is counted per address (e.g. "pledge"); the
    limit is VISITOR_FORM_RATE_LIMIT sends per VISITOR_FORM_RATE_SECONDS.
    """

    website = forms.CharField(
        required=False,
        max_length=200,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)

    def __init__(self, *args, request=None, rate_scope=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.rate_scope = rate_scope
        self.refused_for_rate = False
        self._kept_stamp = None
        for field in self.fields.values():
            _limit_length(field)

    @property
    def fresh_started(self):
        """The stamp a form shown now carries: the one it was sent with, if that
        was good, so a person who fixes a mistake is not timed again."""
        return self._kept_stamp or started_stamp()

    def ask_consent(self, text, refusal):
        """The box a person must tick to agree to `text` (the editor's words);
        `refusal` says what happens if they do not."""
        self.fields[CONSENT_FIELD] = forms.BooleanField(
            label=text, error_messages={"required": refusal}
        )

    @property
    def refusal_status(self):
        """The status of the form sent back with its mistakes."""
        return 429 if self.refused_for_rate else 400

    def answer_fields(self):
        """The fields a person fills in, in order (not the guard's own)."""
        return [field for field in self if field.name not in GUARD_FIELDS]

    def clean(self):
        cleaned = super().clean()
        # Filled in, or so full it was refused (a person would see no message).
        if cleaned.get(HONEYPOT_FIELD) or HONEYPOT_FIELD in self.errors:
            # Shown again empty (templates/components/form_guard.html): a person
            # whose browser filled it in by itself only has to send again.
            raise forms.ValidationError(
                _(
                    "Your browser filled in a field meant to catch automated "
                    "programs. We have emptied it: please check the form and send "
                    "it again."
                ),
                code="honeypot",
            )
        self._check_time_taken(cleaned.get(STARTED_FIELD) or "")
        if not self.errors and not self._within_rate():
            self.refused_for_rate = True
            raise forms.ValidationError(
                _(
                    "A lot of forms have been sent from your network in the last "
                    "few minutes. Please wait a few minutes and send this again: "
                    "everything you typed is still here."
                ),
                code="rate",
            )
        return cleaned

    def _check_time_taken(self, stamp):
        signer = signing.TimestampSigner(salt=STAMP_SALT)
        try:
            signer.unsign(stamp, max_age=settings.VISITOR_FORM_OLDEST_SECONDS)
        except signing.SignatureExpired:
            raise forms.ValidationError(
                _(
                    "This form was opened a long time ago. Please check what you "
                    "typed and send it again."
                ),
                code="expired",
            ) from None
        except signing.BadSignature:
            raise forms.ValidationError(
                _("Something went wrong with this form. Please send it again."),
                code="stamp",
            ) from None
        self._kept_stamp = stamp
        # Not yet seconds old: no person reads, types and sends that fast.
        try:
            signer.unsign(stamp, max_age=settings.VISITOR_FORM_QUICKEST_SECONDS)
        except signing.SignatureExpired:
            return
        raise forms.ValidationError(
            _(
                "That was quicker than a person can fill in this form. Please "
                "check it and send it again."
            ),
            code="too-quick",
        )

    def _within_rate(self):
        if self.request is None or self.rate_scope is None:
            return True
        client = network_of(client_address(self.request) or "unknown")
        return within_limit(
            f"visitor-form:{self.rate_scope}:{client}",
            settings.VISITOR_FORM_RATE_LIMIT,
            settings.VISITOR_FORM_RATE_SECONDS,
        )


def network_of(address):
    """An IPv4 address, or the /64 an IPv6 address is in: one household or phone
    holds a whole /64, and could otherwise send from a new address each time."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def _limit_length(field):
    if isinstance(field, forms.CharField) and field.max_length is None:
        field.max_length = LONGEST_ANSWER
        field.validators.append(MaxLengthValidator(LONGEST_ANSWER))
        field.widget.attrs["maxlength"] = str(LONGEST_ANSWER)
