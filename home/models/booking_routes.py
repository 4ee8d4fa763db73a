"""An event page's own booking: the form, the booking's page, cancelling.

The page shows how many places are left, so shared caches keep it for at most
a minute (http_cache.keep_at_most). A booking's page is reached by the signed
link in its emails; it is never cached, and cancelling there takes a button
press (a POST): mail scanners open links, and must not cancel anyone's place.
"""

from dataclasses import dataclass

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.contrib.routable_page.models import path

from home import bookings
from home.booking_form import BookingForm
from home.booking_tokens import booking_from
from movement.http_cache import keep_at_most
from movement.visitor_forms.posts import takes_posts

from .bookings import BookingStatus

LIVE_PLACES_SECONDS = 60


@dataclass
class BookingPanel:
    places: int
    places_left: int
    form: BookingForm
    action: str

    @property
    def full(self):
        return self.places_left == 0


class BookingRoutes:
    """For an EventPage with OnlineBooking fields and RoutablePageMixin."""

    def booking_panel(self, posted=None):
        if not (self.takes_bookings_here and self.booking_is_open()):
            return None
        return BookingPanel(
            places=self.capacity,
            places_left=bookings.places_left(self),
            form=posted or BookingForm(self),
            action=self.url + self.reverse_subpage("book"),
        )

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.takes_bookings_here and request.method == "GET":
            keep_at_most(response, LIVE_PLACES_SECONDS)
        return response

    @path("book/", name="book")
    @takes_posts
    def book(self, request):
        panel = self.booking_panel()
        if request.method != "POST" or panel is None:
            return HttpResponseRedirect(self.url + "#booking-heading")
        form = BookingForm(self, request.POST, request=request)
        if form.is_valid():
            try:
                bookings.book(self, form.cleaned_data)
            except bookings.EventGone:
                raise Http404 from None
            # The same answer whether the address had booked before or not (then
            # its link is sent again): the form tells no one who is coming.
            return HttpResponseRedirect(
                self.url + self.reverse_subpage("booking_sent"), status=303
            )
        response = self.render(
            request,
            context_overrides={
                "booking_panel": self.booking_panel(posted=form),
                "has_form_errors": True,
            },
        )
        response.status_code = form.refusal_status
        add_never_cache_headers(response)  # it holds what this visitor typed
        return response

    @path("book/sent/", name="booking_sent")
    def booking_sent(self, request):
        response = TemplateResponse(
            request, "home/booking_sent.html", self.get_context(request)
        )
        add_never_cache_headers(response)
        return response

    @path("booking/<str:token>/", name="booking")
    @takes_posts
    def booking_page(self, request, token):
        booking = booking_from(token)
        if booking is None or booking.event_key != self.translation_key:
            return self._booking_response(request, None, status=400)
        cancelled_now = False
        wants_to_cancel = request.method == "POST" and "cancel" in request.POST
        if (
            wants_to_cancel
            and booking.status != BookingStatus.CANCELLED
            and not self.is_past()
        ):
            bookings.cancel(booking, event=self)
            booking.refresh_from_db()
            cancelled_now = True
        return self._booking_response(request, booking, cancelled_now=cancelled_now)

    def _booking_response(self, request, booking, status=200, **extra):
        response = TemplateResponse(
            request,
            "home/booking_page.html",
            {
                **self.get_context(request),
                "booking": booking,
                "position": booking.waiting_position() if booking else None,
                **extra,
            },
            status=status,
        )
        add_never_cache_headers(response)
        return response
