"""Form pages editors build: contact, "share your story", anything else.

Wagtail's form builder, with what every visitor's form here has
(movement/visitor_forms): no token in the kept page, the spam checks, a
consent box with the editor's words, an optional photo or PDF kept privately,
and retention. Every answer is stored before any email is tried; the email to
the team goes by the background worker, which tries again if the mail server
is down (home/form_mail.py). Moderators read and export answers under Forms.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractEmailForm,
    AbstractFormField,
)
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin

from movement.blocks import SIMPLE_RICH_TEXT_FEATURES
from movement.i18n import same_in_every_language
from movement.models import BasePage
from movement.visitor_forms.exports import FormulaSafeCsvMixin
from movement.visitor_forms.guard import CONSENT_FIELD, GUARD_FIELDS, GuardedForm
from movement.visitor_forms.uploads import VisitorFileField, delete_uploads, keep

FILE = "file"
# The names the form's own fields use (movement/visitor_forms/guard.py, the
# consent box, Django's token): a question taking one would break the form.
RESERVED_NAMES = {*GUARD_FIELDS, CONSENT_FIELD, "csrfmiddlewaretoken"}


class FormField(TranslatableMixin, AbstractFormField):
    page = ParentalKey("home.FormPage", related_name="form_fields")
    field_type = models.CharField(
        verbose_name=_("field type"),
        max_length=16,
        choices=[*FORM_FIELD_CHOICES, (FILE, _("Photo or PDF (up to 10 MB)"))],
    )

    # The answer's name and kind are the same in every language: answers from
    # every translation of a form line up in one export.
    override_translatable_fields = same_in_every_language(
        "clean_name", "field_type", "required"
    )

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("form field")

    def clean(self):
        """A question must not take the name of a field every form has."""
        super().clean()
        if (self.clean_name or get_field_clean_name(self.label)) in RESERVED_NAMES:
            raise ValidationError(
                {
                    "label": _(
                        "Every form already has this; please word the question differently."
                    )
                }
            )


class VisitorFormBuilder(FormBuilder):
    def create_file_field(self, field, options):
        return VisitorFileField(**options)

    def get_form_class(self):
        return type("VisitorForm", (FormPageForm,), self.formfields)


class FormPageForm(GuardedForm):
    def __init__(self, *args, page=None, user=None, **kwargs):
        super().__init__(*args, rate_scope="form", **kwargs)
        self.page = page
        if page is not None and page.consent_text:
            self.ask_consent(
                page.consent_text,
                _("Please tick the box to say you agree, or we cannot keep it."),
            )

    def answers(self):
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in (*GUARD_FIELDS, CONSENT_FIELD)
        }


class SafeSubmissionsListView(FormulaSafeCsvMixin, SubmissionsListView):
    """The answers' CSV export, safe to open in a spreadsheet."""


class FormPage(AbstractEmailForm, BasePage):
    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the form is for and what happens next, above the form."),
    )
    consent_text = models.TextField(
        max_length=600,
        blank=True,
        help_text=_(
            "Shown beside a box people must tick: what we keep, why, who sees it "
            "and for how long. Leave empty only for a form that asks nothing "
            "personal."
        ),
    )
    submit_label = models.CharField(
        max_length=40, default=_("Send"), help_text=_("The button's words.")
    )
    thank_you_text = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after sending: thank them, and say what happens next."),
    )
    # Wagtail's, with help for editors.
    from_address = models.EmailField(
        _("from address"),
        max_length=255,
        blank=True,
        help_text=_("The sender the team's email shows, e.g. website@example.org."),
    )
    subject = models.CharField(
        _("subject"),
        max_length=255,
        blank=True,
        help_text=_("The subject of the team's email of each answer."),
    )
    keep_answers_for_days = models.PositiveIntegerField(
        _("delete answers after (days)"),
        default=365,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Answers (and any file sent) are deleted this long after sending."),
    )

    form_builder = VisitorFormBuilder
    submissions_list_view_class = SafeSubmissionsListView
    takes_posts = True  # movement/visitor_forms/posts.py
    override_translatable_fields = same_in_every_language(
        "to_address", "from_address", "keep_answers_for_days"
    )
    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("form_fields", heading=_("Questions"), label=_("Question")),
        FieldPanel("consent_text"),
        FieldPanel("submit_label"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
                FieldPanel("keep_answers_for_days"),
            ],
            heading=_("Answers"),
        ),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    card_icon = "clipboard"
    card_label = ""  # its card names no kind: its title says it

    class Meta:
        verbose_name = _("form page")

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(
            request.POST, request.FILES, page=self, user=request.user, request=request
        )
        if form.is_valid():
            submission = self.process_form_submission(form)
            response = self.render_landing_page(request, submission, *args, **kwargs)
        else:
            context = {
                **self.get_context(request),
                "form": form,
                "has_form_errors": True,
            }
            response = TemplateResponse(
                request, self.get_template(request), context, status=form.refusal_status
            )
        add_never_cache_headers(response)  # it holds what this visitor typed
        return response

    def process_form_submission(self, form):
        """Stored first, files and all; the email to the team after, by the worker."""
        answers = form.answers()
        for name, value in answers.items():
            if hasattr(value, "read"):  # an uploaded file
                answers[name] = keep(value)
        try:
            submission = self.get_submission_class().objects.create(
                form_data=answers, page=self
            )
        except Exception:
            delete_uploads(answers)  # no answer, so no file either
            raise
        if self.to_address:
            from home.form_mail import send_form_answers

            transaction.on_commit(lambda: send_form_answers.enqueue(submission.pk))
        return submission
