"""A site-wide notice such as "We've moved!", shown between two dates."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from movement.i18n import localized
from movement.models.editorial import FurnitureEditing


class NoticeBannerQuerySet(models.QuerySet):
    def showing(self, locale, now=None):
        now = now or timezone.now()
        return self._current_or_upcoming(locale, now).filter(
            Q(starts_at__isnull=True) | Q(starts_at__lte=now)
        )

    def showing_and_seconds_until_change(self, locale, now, longest=60 * 60):
        """(the banner showing now or None, how long that stays so: until the next
        start or end of a banner in this language), from one query."""
        banners = list(self._current_or_upcoming(locale, now))
        showing = next(
            (b for b in banners if b.starts_at is None or b.starts_at <= now), None
        )
        upcoming = [
            moment
            for banner in banners
            for moment in (banner.starts_at, banner.ends_at)
            if moment and moment > now
        ]
        if not upcoming:
            return showing, longest
        seconds = int((min(upcoming) - now).total_seconds()) + 1
        return showing, max(1, min(longest, seconds))

    def _current_or_upcoming(self, locale, now):
        return (
            self.filter(locale=locale, is_enabled=True, live=True)
            .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
            .select_related("link_page")
            .order_by("-starts_at", "-pk")
        )


class NoticeBanner(FurnitureEditing, TranslatableMixin, index.Indexed, models.Model):
    message = models.CharField(max_length=200, help_text=_("One short sentence."))
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page to read more on. Leave empty for no link, or use the URL."),
    )
    link_url = models.URLField(blank=True, help_text=_("Or an address elsewhere."))
    link_text = models.CharField(max_length=60, blank=True, default="")
    is_enabled = models.BooleanField(
        default=True, help_text=_("Untick to hide the banner without deleting it.")
    )
    starts_at = models.DateTimeField(
        null=True, blank=True, help_text=_("Show from this time. Empty: straight away.")
    )
    ends_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("Stop showing at this time. Empty: until hidden."),
    )

    panels = [
        FieldPanel("message"),
        MultiFieldPanel(
            [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_text")],
            heading=_("Link"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_enabled"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            ],
            heading=_("When to show it"),
        ),
    ]
    search_fields = [index.SearchField("message")]
    objects = NoticeBannerQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("notice banner")

    def __str__(self):
        return self.message

    def clean(self):
        super().clean()
        if self.link_page and self.link_url:
            raise ValidationError(
                {
                    "link_url": _(
                        "This link has both a page and a URL: keep one and "
                        "clear the other."
                    )
                }
            )
        if (self.link_page or self.link_url) and not self.link_text:
            raise ValidationError({"link_text": _("Say what the link leads to.")})
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    @property
    def link_href(self):
        """The link's address; None when its page is no longer live (no dead links)."""
        if self.link_page:
            page = localized(self.link_page)
            # As its own type (no query): the site's address from this process's
            # memory (BasePage), as every link's.
            return page.specific_deferred.url if page.live else None
        return self.link_url
