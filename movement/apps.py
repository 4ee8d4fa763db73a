from django.apps import AppConfig


class MovementConfig(AppConfig):
    name = "movement"
    verbose_name = "Movement-wide settings"

    def ready(self):
        from django.conf import settings
        from django.core.signals import request_finished
        from PIL import Image

        from movement import frontend_purge, furniture, i18n, page_cache, page_warming
        from movement.i18n import locales
        from movement.newsletter import recipients
        from movement.visitor_forms import csrf  # noqa: F401 - registers its check

        # Pillow refuses to open an image past twice this many pixels anywhere
        # (renditions too, and images made in code), so none can stall a page.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        # Every receiver is connected here, once, by the module that holds it.
        furniture.connect_signals()
        i18n.connect_signals()
        locales.connect_signals(self)
        recipients.connect_signals()
        # Caches in front are purged, and processes sharing the page cache told,
        # of every change that advances the content generation.
        furniture.on_change(frontend_purge.purge_after_commit)
        # ... and the pages a change touched rendered again once it is done.
        furniture.on_change(page_warming.warm_after_change)
        request_finished.connect(
            page_warming.warm_at_request_end, dispatch_uid="movement-page-warming"
        )
        furniture.after_advance(page_cache.share_new_generation)
