"""Snippets the blog shares: the people who write and the categories they write in."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Person(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=120)
    role = models.CharField(
        max_length=160, blank=True, help_text=_("e.g. 'Co-leader, Blackpool'.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square photo works best. Needs the person's consent."),
    )
    bio = models.TextField(
        max_length=600, blank=True, help_text=_("Two or three sentences.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


class BlogCategory(TranslatableMixin, RevisionMixin, models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80,
        allow_unicode=True,
        help_text=_("The link name in /blog/category/<name>/. Keep it once published."),
    )
    description = models.TextField(max_length=300, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # The same /blog/category/<slug>/ in every language: links survive translation.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("blog category")
        verbose_name_plural = _("blog categories")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name, allow_unicode=True)
        super().save(*args, **kwargs)
