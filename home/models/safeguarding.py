"""The safeguarding notice beside every comment form: where to get help now.

Young people may write things in a comment that need help sooner than a
moderator can read it. The notice says so, and links to a service that helps
at once. Editors write it, translators translate it (wagtail-localize), and a
language without its own translation shows the English one.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import RevisionMixin, TranslatableMixin


class SafeguardingNotice(TranslatableMixin, RevisionMixin, models.Model):
    heading = models.CharField(
        max_length=120,
        help_text=_("A short heading, e.g. “Need to talk to someone now?”"),
    )
    text = models.TextField(
        max_length=600,
        help_text=_(
            "Two or three sentences: comments are read by a person before they "
            "appear, so anyone who needs help now should use the link instead."
        ),
    )
    link_url = models.URLField(
        help_text=_(
            "A service that helps at once, e.g. a free helpline for young people. "
            "Each language may point to its own."
        ),
    )
    link_text = models.CharField(
        max_length=80,
        help_text=_("What the link says, e.g. “Talk to a counsellor now”."),
    )

    panels = [
        FieldPanel("heading"),
        FieldPanel("text"),
        MultiFieldPanel(
            [FieldPanel("link_url"), FieldPanel("link_text")], heading=_("Help link")
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("safeguarding notice")
        verbose_name_plural = _("safeguarding notices")

    def __str__(self):
        return self.heading

    @classmethod
    def for_locale(cls, locale_id):
        """The first English notice, in this language if it is translated: one query."""
        notices = list(
            cls.objects.filter(
                Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE)
            )
            .select_related("locale")
            .order_by("pk")
        )
        source = next(
            (n for n in notices if n.locale.language_code == settings.LANGUAGE_CODE),
            None,
        )
        if source is None:
            return None
        translated = (
            n
            for n in notices
            if n.locale_id == locale_id and n.translation_key == source.translation_key
        )
        return next(translated, source)
