"""The log of what Moderators did with a person's data (never the data itself)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PersonalDataAction(models.Model):
    class Action(models.TextChoices):
        EXPORT = "export", _("Downloaded")
        ERASE = "erase", _("Erased")
        EXPIRE = "expire", _("Expired (retention period)")

    action = models.CharField(max_length=10, choices=Action.choices)
    # The person's request, as the Moderator names it: "email of 3 March", not a name.
    reference = models.CharField(_("request reference"), max_length=120, blank=True)
    records = models.JSONField(default=dict, help_text="{kind: number of records}")
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    done_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-done_at", "-pk"]
        verbose_name = _("personal data action")
        permissions = [
            ("handle_personal_data", _("Can find, download and erase a person's data"))
        ]

    def __str__(self):
        return f"{self.get_action_display()} {self.done_at:%Y-%m-%d %H:%M}"

    @property
    def total(self):
        return sum(self.records.values())
