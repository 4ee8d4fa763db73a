"""A campaign page's pledges: the count, the form, and what happens when it is sent.

The count and the list of organisations change as people pledge, so a page
showing them is kept by shared caches for at most LIVE_COUNT_SECONDS; the
form itself carries nothing personal (no token: movement/visitor_forms/csrf.py),
so the page is the same for every visitor and stays cacheable.
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.http import Http404, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from wagtail.contrib.routable_page.models import path

from campaigns.pledge_form import PledgeForm
from movement.http_cache import keep_at_most
from movement.visitor_forms.posts import takes_posts

from .pledges import LIVE_COUNT_SECONDS, Pledge


@dataclass
class PledgePanel:
    """One pledge as a page shows it: its count, progress, form and organisations."""

    pledge: object
    count: int
    action: str = ""  # where the form is sent
    form: PledgeForm | None = None
    organisations: list = field(default_factory=list)

    @property
    def percent(self):
        return min(100, self.count * 100 // self.pledge.goal)

    @property
    def reached(self):
        return self.count >= self.pledge.goal


class PledgingMixin:
    """Routes and context for a page with inline `pledges` (CampaignPledge)."""

    def pledge_panels(self, posted=None):
        """A PledgePanel per pledge, in order; `posted` is a bound form to show."""
        pledges = self.pledges.all()
        if isinstance(pledges, QuerySet):  # with their counts, in one query
            pledges = list(pledges.annotate(pledged=Pledge.objects.count_of_each()))
        else:  # a preview: the pledges being edited, in memory
            counts = Pledge.objects.counts(pledges)
            for pledge in pledges:
                pledge.pledged = counts.get(pledge.translation_key, 0)
        panels = []
        for pledge in pledges:
            panel = PledgePanel(pledge, pledge.pledged or 0)
            if pledge.is_open:
                panel.action = self.pledge_url(pledge, "pledge")
                is_posted = posted is not None and posted.pledge.pk == pledge.pk
                panel.form = posted if is_posted else PledgeForm(pledge)
            if pledge.list_organisations:
                panel.organisations = list(Pledge.objects.listed_organisations(pledge))
            panels.append(panel)
        return panels

    def pledge_url(self, pledge, route):
        return self.url + self.reverse_subpage(route, args=(pledge.translation_key,))

    def with_pledges(self, response, panels):
        return keep_at_most(response, LIVE_COUNT_SECONDS) if panels else response

    def _pledge(self, key):
        for pledge in self.pledges.all():
            if pledge.translation_key == key:
                return pledge
        raise Http404

    @path("pledge/<uuid:key>/", name="pledge")
    @takes_posts
    def pledge(self, request, key):
        pledge = self._pledge(key)
        if request.method != "POST" or not pledge.is_open:
            return HttpResponseRedirect(f"{self.url}#{pledge.anchor}")
        form = PledgeForm(pledge, request.POST, request=request)
        if not form.is_valid():
            response = self.render(
                request,
                context_overrides={
                    **self.page_context(posted=form),
                    "has_form_errors": True,
                },
            )
            response.status_code = form.refusal_status
            add_never_cache_headers(response)  # it holds what this visitor typed
            return response
        try:
            with transaction.atomic():
                Pledge.from_form(pledge, self, form.cleaned_data).save()
        except IntegrityError:
            # The same person, the same pledge: counted once. They are thanked
            # as anyone is, so no one can find out who has pledged by trying names.
            pass
        return HttpResponseRedirect(
            self.pledge_url(pledge, "pledge_thanks"), status=303
        )

    @path("pledge/<uuid:key>/thanks/", name="pledge_thanks")
    def pledge_thanks(self, request, key):
        pledge = self._pledge(key)
        counts = Pledge.objects.counts([pledge])
        response = self.render(
            request,
            template="campaigns/pledge_thanks.html",
            context_overrides={
                "panel": PledgePanel(pledge, counts.get(pledge.translation_key, 0)),
                "share_url": request.build_absolute_uri(self.url),
            },
        )
        # With the count as it is now, for this visitor only.
        add_never_cache_headers(response)
        return response
