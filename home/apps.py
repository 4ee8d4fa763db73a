from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from movement.furniture import forget_furniture_on_change

        from .models import BlogCategory, Person

        # Authors and categories are named in posts' cached <head> and pages.
        forget_furniture_on_change(Person, BlogCategory)
