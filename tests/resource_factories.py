"""Factories for the resource library and communities of practice, and a page check."""

import re

import factory
import wagtail_factories
from django.core.files.base import ContentFile

from movement.demo.pdfs import Section, build_pdf
from resources.choices import Audience, ResourceType
from resources.models import (
    CommunityDocument,
    CommunityIndexPage,
    CommunityOfPracticePage,
    CommunityRelatedResource,
    ResourceAudience,
    ResourceDocument,
    ResourceIndexPage,
    ResourcePage,
)
from tests.factories import BasePageFactory


def pdf_bytes(pages=2):
    """A real PDF: a title page, a contents page and `pages` sections."""
    sections = [Section(f"Part {number}", ["Some text."]) for number in range(pages)]
    return build_pdf("Test pack", "For the tests", sections)


class PackDocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Pack {n}")
    file = factory.LazyFunction(lambda: ContentFile(pdf_bytes(), name="pack.pdf"))


class ResourceIndexPageFactory(BasePageFactory):
    title = "Library"
    slug = "library"

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    resource_type = ResourceType.GUIDE
    summary = "<p>What is inside.</p>"
    body = "[]"

    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True  # audiences are rows of their own

    @factory.post_generation
    def audiences(page, create, extracted, **kwargs):
        """ResourcePageFactory(audiences=[Audience.SCHOOLS, ...])."""
        for audience in extracted or []:
            ResourceAudience.objects.create(page=page, audience=Audience(audience))


class ResourceDocumentFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ResourcePageFactory)
    document = factory.SubFactory(PackDocumentFactory)

    class Meta:
        model = ResourceDocument


class CommunityIndexPageFactory(BasePageFactory):
    title = "Groups"
    slug = "groups"

    class Meta:
        model = CommunityIndexPage


class CommunityOfPracticePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Community {n}")
    outputs = "[]"

    class Meta:
        model = CommunityOfPracticePage


class CommunityDocumentFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CommunityOfPracticePageFactory)
    document = factory.SubFactory(PackDocumentFactory)

    class Meta:
        model = CommunityDocument


class CommunityRelatedResourceFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CommunityOfPracticePageFactory)
    resource = factory.SubFactory(ResourcePageFactory)

    class Meta:
        model = CommunityRelatedResource


def assert_headings_in_order(html):
    """One h1 opens the main content, and no heading skips a level below it."""
    main = html[html.index("<main") : html.index("</main>")]
    levels = [int(level) for level in re.findall(r"<h([1-6])", main)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(
        later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False)
    )
