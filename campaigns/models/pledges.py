"""Pledges: visitors and organisations put their name to a campaign.

A campaign page holds its pledges inline (the wording, the goal, the consent
text, how long names are kept), translated with the page. What visitors send
is a Pledge row, counted by its pledge's translation_key, so the count is the
same in every language. Nobody gives an email address; one person is counted
once by a keyed hash of what they typed (`fingerprint`), which reveals nothing
without the site's secret key. What is kept and for how long: docs/privacy.md.
"""

import hmac
import re
import unicodedata
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin

from movement.i18n import same_in_every_language

LIVE_COUNT_SECONDS = 60
FINGERPRINT_SALT = b"movement.pledge-fingerprint"


class Signer(models.TextChoices):
    PERSON = "person", _("People")
    ORGANISATION = "organisation", _("Organisations")


class CampaignPledge(TranslatableMixin, Orderable):
    """One pledge a campaign asks for: e.g. supporters, or employers."""

    page = ParentalKey("campaigns.CampaignPage", related_name="pledges")
    statement = models.CharField(
        max_length=200,
        help_text=_(
            "What people put their name to, in their own voice, e.g. “I support "
            "Same Pay for the Same Day” or “We pledge to pay young workers the same”."
        ),
    )
    description = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("A sentence or two under the statement: who it is for, and why."),
    )
    signer = models.CharField(
        _("who pledges"),
        max_length=20,
        choices=Signer.choices,
        default=Signer.PERSON,
        help_text=_(
            "Organisations must give their organisation's name; people may add one."
        ),
    )
    goal = models.PositiveIntegerField(
        default=500,
        validators=[MinValueValidator(1)],
        help_text=_("How many pledges the campaign is aiming for; shown as progress."),
    )
    consent_text = models.TextField(
        max_length=600,
        help_text=_(
            "Shown beside the box people tick: what we keep, why, who sees it and "
            "for how long. Plain words a 13-year-old understands."
        ),
    )
    list_organisations = models.BooleanField(
        _("list organisations on the page"),
        default=False,
        help_text=_(
            "Show the names of organisations that pledged, once a moderator has "
            "approved each one (under Pledges in the menu)."
        ),
    )
    is_open = models.BooleanField(
        _("open for pledges"),
        default=True,
        help_text=_("Untick to stop taking pledges; the count stays on the page."),
    )
    keep_for_days = models.PositiveIntegerField(
        _("keep names for (days)"),
        default=365,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_(
            "After this, names and postcodes are wiped and only the count (and "
            "approved organisations) stay. Say the same in the consent text."
        ),
    )

    override_translatable_fields = same_in_every_language(
        "signer", "goal", "list_organisations", "is_open", "keep_for_days"
    )
    panels = [
        FieldPanel("statement"),
        FieldPanel("description"),
        FieldPanel("signer"),
        FieldPanel("goal"),
        FieldPanel("consent_text"),
        MultiFieldPanel(
            [
                FieldPanel("is_open"),
                FieldPanel("list_organisations"),
                FieldPanel("keep_for_days"),
            ],
            heading=_("Settings"),
        ),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("pledge")

    def __str__(self):
        return self.statement

    @property
    def anchor(self):
        return f"pledge-{self.translation_key}"

    @property
    def for_organisations(self):
        return self.signer == Signer.ORGANISATION


class PledgeQuerySet(models.QuerySet):
    def counts(self, pledges):
        """{translation_key: number of pledges} for these CampaignPledges, in one query."""
        keys = [pledge.translation_key for pledge in pledges]
        if not keys:
            return {}
        counted = (
            self.filter(pledge_key__in=keys)
            .values("pledge_key")
            .annotate(number=Count("pk"))
            .order_by()
        )
        return {row["pledge_key"]: row["number"] for row in counted}

    def count_of_each(self):
        """A subquery for annotating CampaignPledges with their number of pledges."""
        return Subquery(
            self.filter(pledge_key=OuterRef("translation_key"))
            .order_by()
            .values("pledge_key")
            .annotate(number=Count("pk"))
            .values("number")
        )

    def listed_organisations(self, pledge):
        return (
            self.filter(pledge_key=pledge.translation_key, organisation_approved=True)
            .exclude(organisation="")
            .order_by("organisation")
            .values_list("organisation", flat=True)
            .distinct()
        )

    def expired(self, now=None):
        return self.filter(keep_until__lte=now or timezone.now())


class Pledge(models.Model):
    """One person's or organisation's pledge, as they gave it."""

    # Records visitors made, not content: they would make a page "in use" many
    # times over, and cost a reference index row each.
    wagtail_reference_index_ignore = True

    pledge_key = models.UUIDField(
        db_index=True, editable=False, help_text="The CampaignPledge's translation_key."
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    statement = models.CharField(_("pledge"), max_length=200, editable=False)
    language = models.CharField(_("language"), max_length=12, editable=False)
    name = models.CharField(_("name"), max_length=100, blank=True)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    postcode_district = models.CharField(
        _("postcode district"), max_length=4, blank=True
    )
    organisation_approved = models.BooleanField(
        _("organisation approved"),
        default=False,
        help_text=_(
            "Tick to show the organisation's name on the campaign page, if its "
            "pledge lists organisations. Check first that it is a real "
            "organisation and that the person may speak for it."
        ),
    )
    # NULL once wiped: the unique constraint then ignores it (empty strings would clash).
    fingerprint = models.CharField(max_length=64, null=True, editable=False)  # noqa: DJ001
    created_at = models.DateTimeField(_("pledged at"), default=timezone.now)
    keep_until = models.DateTimeField(
        _("name kept until"), null=True, editable=False, db_index=True
    )

    objects = PledgeQuerySet.as_manager()
    # What is kept about a person: exported by Moderators, and on request.
    KEPT_FIELDS = (
        "name",
        "organisation",
        "postcode_district",
        "statement",
        "language",
        "organisation_approved",
        "created_at",
        "keep_until",
    )

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["pledge_key", "fingerprint"], name="one_pledge_per_person"
            )
        ]

    def __str__(self):
        # Not the name: Wagtail's history of changes keeps this label.
        return _("Pledge %(number)s") % {"number": self.pk}

    def typed(self):
        return {
            "name": self.name,
            "organisation": self.organisation,
            "postcode_district": self.postcode_district,
        }

    @classmethod
    def from_form(cls, pledge, campaign, cleaned):
        now = timezone.now()
        return cls(
            pledge_key=pledge.translation_key,
            campaign=campaign,
            statement=pledge.statement,
            language=campaign.locale.language_code,
            name=cleaned["name"],
            organisation=cleaned.get("organisation", ""),
            postcode_district=cleaned.get("postcode_district", ""),
            fingerprint=fingerprint(pledge.translation_key, cleaned),
            created_at=now,
            keep_until=now + timedelta(days=pledge.keep_for_days),
        )


def fingerprint(pledge_key: uuid.UUID, cleaned):
    """The same for the same name, organisation and district, however written."""
    typed = "\n".join(
        _folded(cleaned.get(part, ""))
        for part in ("name", "organisation", "postcode_district")
    )
    key = hmac.new(settings.SECRET_KEY.encode(), FINGERPRINT_SALT, "sha256").digest()
    message = f"{pledge_key}\n{typed}".encode()
    return hmac.new(key, message, "sha256").hexdigest()


def _folded(text):
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", text)
