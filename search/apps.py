from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from django.core.signals import request_finished

        from . import query_log

        # Counted searches are written after a response, never while a visitor waits.
        request_finished.connect(query_log.flush_if_due, dispatch_uid="search-log")
