from django.apps import AppConfig


class MovementConfig(AppConfig):
    name = "movement"
    verbose_name = "Movement-wide settings"

    def ready(self):
        from movement.furniture import connect_signals

        connect_signals()
