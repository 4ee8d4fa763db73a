from django.apps import AppConfig


class MovementConfig(AppConfig):
    name = "movement"
    verbose_name = "Movement-wide settings"

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_migrate, post_save
        from PIL import Image
        from wagtail.signals import post_page_move

        from movement.furniture import connect_signals
        from movement.locales import (
            ensure_locales,
            follow_source_moves,
            grant_translators_new_trees,
        )

        # Pillow refuses to open an image past twice this many pixels anywhere
        # (renditions too, and images made in code), so none can stall a page.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        connect_signals()
        post_migrate.connect(ensure_locales, sender=self)
        # A language added in Settings > Locales gets its mirrored tree at once
        # (wagtail-localize's receiver runs first); its translators get access too.
        post_save.connect(
            grant_translators_new_trees,
            sender="wagtail_localize.LocaleSynchronization",
            dispatch_uid="movement-grant-translators",
        )
        post_page_move.connect(
            follow_source_moves, dispatch_uid="movement-follow-moves"
        )
