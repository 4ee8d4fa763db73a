"""Rules every page type keeps, checked for all of them at once."""

import pytest
from django.apps import apps
from django.template.loader import get_template
from wagtail.models import Page, get_page_models

from movement.models import BasePage

PAGE_MODELS = [model for model in get_page_models() if model is not Page]
SHARED_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}


def own_fields(model):
    """Fields an editor fills in, that the page type (or BasePage) adds."""
    return [
        field
        for field in model._meta.get_fields()
        if field.concrete
        and field.editable
        and not field.auto_created
        and field.name not in SHARED_PAGE_FIELDS
    ]


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_type_shares_the_base(model):
    assert issubclass(model, BasePage)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_type_has_its_own_template(model):
    assert get_template(model.template)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_field_explains_itself_to_editors(model):
    undocumented = [
        field.name
        for field in own_fields(model)
        if not field.help_text and field.name not in model.self_explanatory_fields
    ]
    assert undocumented == []


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_type_is_searchable_beyond_its_title(model):
    searched = {field.field_name for field in model.search_fields}
    assert searched - {"title"}, f"{model.__name__} only searches its title"


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_type_says_where_it_may_go(model):
    assert model.parent_page_types is not None, f"{model.__name__} may go anywhere"
    assert model.subpage_types is not None, f"{model.__name__} may hold anything"


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_type_has_a_readable_name(model):
    assert model._meta.verbose_name != model.__name__.lower()


def test_all_apps_are_covered():
    labels = {model._meta.app_label for model in PAGE_MODELS}
    assert {"home", "campaigns", "resources"} <= labels
    assert apps.is_installed("search")
