"""The sign-up form (a block on any page, the footer, the newsletter page) and
the form a subscriber changes their topics and language with."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from movement.i18n import active_locale, one_per_translation
from movement.models.newsletter import NewsletterTopic
from movement.render_cache import remembered
from movement.visitor_forms.guard import GuardedForm

CONSENT_TEXT = _(
    "I agree that the Resilience Revolution keeps my email address and the "
    "topics I chose to send me its newsletter. I can leave at any time with the "
    "link in every email; my address is then deleted."
)


def topic_choices(request=None):
    """[(pk, name, description)] of every topic, in the language being shown
    where it is translated, else in the language it was written in: one query
    per content generation (a topic saved starts a new one)."""
    language = translation.get_language()
    return remembered(request, "newsletter-topics", language, compute=_topic_choices)


def _topic_choices():
    topics = NewsletterTopic.objects.order_by("position", "pk")
    return [
        (topic.pk, topic.name, topic.description)
        for topic in one_per_translation(topics, active_locale().pk)
    ]


class TopicsField(forms.TypedMultipleChoiceField):
    """Topics to tick; cleaned to their numbers (NewsletterTopic pks)."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(
            coerce=int,
            label=_("What would you like to hear about?"),
            error_messages={
                "required": _("Please choose at least one topic."),
                "invalid_choice": _("Please choose topics from the list."),
            },
            **kwargs,
        )

    def offer(self, request=None):
        self.choices = [
            (str(pk), format_html('{} <span class="form-hint">{}</span>', name, about))
            if about
            else (str(pk), name)
            for pk, name, about in topic_choices(request)
        ]


class SignUpForm(GuardedForm):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We email you a link to confirm. Nobody else sees it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    topics = TopicsField()

    def __init__(self, *args, prefix_id="newsletter", **kwargs):
        kwargs.setdefault("auto_id", f"{prefix_id}-%s")
        super().__init__(*args, rate_scope="newsletter", **kwargs)
        self.fields["topics"].offer(self.request)
        self.ask_consent(
            CONSENT_TEXT,
            _("Please tick the box to say you agree, or we cannot send you emails."),
        )


LANGUAGES = [(code, name) for code, name in settings.LANGUAGES]


def offered_topics_of(subscriber):
    """The subscriber's topics among those offered now (in this language)."""
    offered = [pk for pk, _name, _about in topic_choices()]
    return list(
        NewsletterTopic.objects.filter(
            pk__in=offered,
            translation_key__in=subscriber.topics.values("translation_key"),
        ).values_list("pk", flat=True)
    )


class ManageForm(forms.Form):
    topics = TopicsField()
    language = forms.ChoiceField(
        label=_("Language of the newsletter"), choices=LANGUAGES
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].offer()
