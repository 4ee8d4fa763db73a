from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from django.core.signals import request_finished
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from movement.furniture import forget_furniture_on_change

        from . import query_log

        # A promotion shows on kept search pages and is remembered (results.py).
        forget_furniture_on_change(SearchPromotion)

        # Counted searches are written after a response, never while a visitor waits.
        request_finished.connect(query_log.flush_if_due, dispatch_uid="search-log")
