"""Factories for the site tree, pages, images and documents, shared by every test."""

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from home.models import (
    BlogCategory,
    BlogIndexPage,
    BlogPostPage,
    HomePage,
    Person,
    StandardPage,
)
from movement.models import (
    Compartment,
    FrameworkPage,
    Fundamental,
    FundamentalsPage,
    ResilientMove,
)

ImageFactory = wagtail_factories.ImageFactory
DocumentFactory = wagtail_factories.DocumentFactory
SiteFactory = wagtail_factories.SiteFactory


class BasePageFactory(wagtail_factories.PageFactory):
    """Pages are live by default, like the pages visitors see."""

    live = True

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Home"
    hero_heading = "Beating the odds"

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    body = "[]"

    class Meta:
        model = StandardPage


class FundamentalsPageFactory(BasePageFactory):
    title = "Fundamentals"

    class Meta:
        model = FundamentalsPage


class FundamentalFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(FundamentalsPageFactory)
    title = factory.Sequence(lambda n: f"Fundamental {n}")
    summary = "A principle that guides the work."
    body = "<p>What it means in practice.</p>"

    class Meta:
        model = Fundamental


class LocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class CompartmentFactory(LocaleMixin):
    title = factory.Sequence(lambda n: f"Compartment {n}")
    slug = factory.Sequence(lambda n: f"compartment-{n}")
    summary = "What this compartment holds."
    position = factory.Sequence(lambda n: 100 + n)

    class Meta:
        model = Compartment


class FrameworkPageFactory(BasePageFactory):
    title = "The framework"
    audience = "For everyone"

    class Meta:
        model = FrameworkPage


class ResilientMoveFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(FrameworkPageFactory)
    compartment = factory.SubFactory(CompartmentFactory)
    title = factory.Sequence(lambda n: f"Move {n}")
    slug = factory.Sequence(lambda n: f"move-{n}")
    summary = "What the move means."
    ideas = "<ul><li>Try one small thing.</li></ul>"

    class Meta:
        model = ResilientMove


class PersonFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Person {n}")
    role = "Young leader"

    class Meta:
        model = Person


class BlogCategoryFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = BlogCategory


class BlogIndexPageFactory(BasePageFactory):
    title = "Blog"

    class Meta:
        model = BlogIndexPage


class BlogPostPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Blog post {n}")
    date = factory.LazyFunction(timezone.localdate)
    body = "[]"

    class Meta:
        model = BlogPostPage
