"""The admin's translation status report: each source object's state per language."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import translate_object

from movement.i18n.admin.status import (
    IN_PROGRESS,
    NOT_TRANSLATED,
    OUT_OF_DATE,
    UP_TO_DATE,
    changed_at_field,
    translation_status,
)
from tests.factories import PersonFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/translation-status/"


@pytest.fixture
def polish(db):
    return Locale.objects.get(language_code="pl")


@pytest.fixture
def spanish(db):
    return Locale.objects.get(language_code="es")


def make_user(username, *codenames):
    user = get_user_model().objects.create_user(username, password="pw")
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
        *(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in codenames
        ),
    )
    return user


@pytest.fixture
def translator_client(client):
    client.force_login(
        make_user("translator", ("wagtail_localize", "submit_translation"))
    )
    return client


@pytest.fixture
def page(home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="Our story",
        slug="our-story",
        introduction="<p>How it began.</p>",
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def start_translation(obj, locale):
    """What "Translate this page" does: a synced translation with no strings yet."""
    translate_object(obj, [locale])
    source = TranslationSource.objects.get_for_instance(obj)
    return Translation.objects.get(source=source, target_locale=locale)


def translate_strings(translation, *, leave=0, machine=False):
    """Translate every string but the last `leave`, as the editor would."""
    segments = list(
        StringSegment.objects.filter(source=translation.source)
        .select_related("string")
        .order_by("order")
    )
    for segment in segments[: len(segments) - leave]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={
                "data": f"[{translation.target_locale.language_code}] "
                + segment.string.data,
                "translation_type": "machine" if machine else "manual",
            },
        )
    translation.save_target(publish=True)
    return len(segments)


def column_labels(response):
    return [str(column.label) for column in response.context["table"].columns.values()]


def status_of(obj, locale):
    rows = translation_status(Locale.get_default(), [locale])
    (row,) = [row for row in rows if row.translation_key == obj.translation_key]
    return row.cells[locale.language_code]


# States


def test_fully_translated_unchanged_page_is_up_to_date(page, polish):
    translation = start_translation(page, polish)
    total = translate_strings(translation)

    cell = status_of(page, polish)

    assert cell.state == UP_TO_DATE
    assert (cell.translated_strings, cell.total_strings) == (total, total)
    assert translation.get_progress() == (total, total)  # wagtail-localize agrees
    assert cell.action_url == f"/admin/pages/{page.get_translation(polish).pk}/edit/"


def test_partly_translated_page_is_in_progress_with_its_string_count(page, polish):
    translation = start_translation(page, polish)
    total = translate_strings(translation, leave=1)

    cell = status_of(page, polish)

    assert cell.state == IN_PROGRESS
    assert (cell.translated_strings, cell.total_strings) == (total - 1, total)
    assert translation.get_progress() == (total, total - 1)
    assert cell.progress == f"{total - 1} of {total} strings translated"


def test_newly_submitted_page_is_in_progress_with_nothing_translated(page, polish):
    start_translation(page, polish)

    cell = status_of(page, polish)

    assert cell.state == IN_PROGRESS
    assert cell.translated_strings == 0
    assert cell.total_strings > 0


def test_source_republished_after_translation_is_out_of_date(page, polish):
    translate_strings(start_translation(page, polish))
    assert status_of(page, polish).state == UP_TO_DATE

    page.introduction = "<p>How it began, and where it is going.</p>"
    page.save_revision().publish()

    cell = status_of(page, polish)
    assert cell.state == OUT_OF_DATE
    source = TranslationSource.objects.get_for_instance(page)
    assert cell.action_url.startswith(
        reverse("wagtail_localize:update_translations", args=[source.pk])
    )
    assert "next=" in cell.action_url
    assert cell.action_label == "Sync translated pages"
    assert cell.edit_url == f"/admin/pages/{page.get_translation(polish).pk}/edit/"


def test_syncing_the_source_shows_the_new_string_still_to_translate(page, polish):
    translate_strings(start_translation(page, polish))
    page.introduction = "<p>How it began, and where it is going.</p>"
    page.save_revision().publish()

    TranslationSource.objects.get_for_instance(page).update_from_db()

    cell = status_of(page, polish)
    assert cell.state == IN_PROGRESS
    assert cell.translated_strings == cell.total_strings - 1


def test_unpublished_draft_changes_do_not_make_a_translation_out_of_date(page, polish):
    translate_strings(start_translation(page, polish))

    page.introduction = "<p>A draft nobody has published.</p>"
    page.save_revision()  # only published content reaches translators

    assert status_of(page, polish).state == UP_TO_DATE


def test_alias_only_is_not_translated(page, polish):
    alias = page.copy_for_translation(polish, alias=True)
    assert alias.alias_of_id == page.pk

    cell = status_of(page, polish)

    assert cell.state == NOT_TRANSLATED
    assert cell.action_url == (
        reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        + "?select_locale=pl"
    )


def test_page_missing_from_a_language_is_not_translated(page, spanish):
    assert status_of(page, spanish).state == NOT_TRANSLATED


def test_machine_translations_awaiting_review_are_counted(page, polish):
    total = translate_strings(start_translation(page, polish), machine=True)

    cell = status_of(page, polish)

    assert cell.state == UP_TO_DATE
    assert cell.machine_strings == total


def test_copy_edited_by_hand_compares_publication_dates(page, polish):
    translation = start_translation(page, polish)
    translation.enabled = False  # the translator chose Wagtail's own editor
    translation.save()
    polish_page = page.get_translation(polish)
    polish_page.save_revision().publish()

    assert status_of(page, polish).state == UP_TO_DATE
    assert not status_of(page, polish).synced

    page.save_revision().publish()
    assert status_of(page, polish).state == OUT_OF_DATE


def test_translatable_snippets_are_rows_too(polish):
    person = PersonFactory(name="Ada Teacher")
    assert status_of(person, polish).state == NOT_TRANSLATED
    assert "/admin/localize/submit/snippet/home/person/" in (
        status_of(person, polish).action_url
    )

    translation = start_translation(person, polish)
    translate_strings(translation, leave=1)
    assert status_of(person, polish).state == IN_PROGRESS

    translate_strings(translation)
    assert status_of(person, polish).state == UP_TO_DATE

    person.role = "Young leader and trainer"
    person.save()
    person.save_revision()  # what saving in the snippet editor does
    cell = status_of(person, polish)
    assert cell.state == OUT_OF_DATE
    assert cell.action_label == "Sync translated snippets"


def test_snippets_count_published_changes_when_they_have_drafts():
    from wagtail.models import Page

    from home.models import Person

    assert changed_at_field(Page) == "last_published_at"  # drafts never sync
    assert changed_at_field(Person) == "latest_revision__created_at"


def test_every_registered_translatable_snippet_model_is_reported(polish):
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    rows = translation_status(Locale.get_default(), [polish])
    reported = {row.model for row in rows}

    for model in get_snippet_models():
        if issubclass(model, TranslatableMixin) and model.objects.filter(
            locale=Locale.get_default()
        ):
            assert model in reported


def test_the_root_and_other_languages_pages_are_not_rows(polish):
    rows = translation_status(Locale.get_default(), [polish])
    page_rows = [row for row in rows if row.is_page]

    assert page_rows
    keys = [row.translation_key for row in page_rows]
    assert len(keys) == len(set(keys))
    from wagtail.models import Page

    pages = Page.objects.filter(pk__in=[row.pk for row in page_rows])
    assert all(p.depth > 1 and p.locale_id == Locale.get_default().pk for p in pages)


# The view


def test_report_lists_states_with_links_to_the_next_action(
    translator_client, page, polish
):
    translation = start_translation(page, polish)
    translate_strings(translation, leave=1)
    page.get_translation(polish).unpublish()

    response = translator_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Translation status" in html
    assert "Our story" in html
    polish_page = page.get_translation(polish)
    assert f'href="/admin/pages/{polish_page.pk}/edit/"' in html
    assert (
        reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        + "?select_locale=es"
    ) in html
    assert 'data-state="in_progress"' in html
    assert "Not published" in html
    headers = column_labels(response)
    assert {"Polski", "Español", "العربية"} <= set(headers)
    assert "English" not in headers  # the source language


def test_filter_by_language_shows_only_that_column(translator_client, page, polish):
    response = translator_client.get(URL, {"locale": "pl"})

    assert response.status_code == 200
    labels = column_labels(response)
    assert labels == ["Title", "Type", "Polski"]


def test_needs_work_hides_rows_up_to_date_in_that_language(
    translator_client, page, home_page, polish
):
    translate_strings(start_translation(page, polish))
    untranslated = StandardPageFactory(parent=home_page, title="Still in English")

    response = translator_client.get(URL, {"locale": "pl", "needs_work": "1", "q": ""})

    keys = {row.translation_key for row in response.context["object_list"]}
    assert untranslated.translation_key in keys
    assert page.translation_key not in keys
    assert response.context["view"].needs_work_only


def test_search_narrows_rows_by_title(translator_client, page):
    response = translator_client.get(URL, {"q": "our sto"})

    titles = [row.title for row in response.context["object_list"]]
    assert "Our story" in titles  # and "Share your story": nothing else
    assert all("our sto" in title.lower() for title in titles)
    assert len(titles) < 5


def test_unknown_language_gives_a_message_not_an_error(translator_client):
    response = translator_client.get(URL, {"locale": "xx<script>"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "There is no translation language with the code" in html
    assert "xx&lt;script&gt;" in html
    assert "xx<script>" not in html
    labels = column_labels(response)
    assert {"Polski", "Español", "العربية"} <= set(labels)


def test_the_source_language_is_not_a_filter_choice(translator_client):
    response = translator_client.get(URL, {"locale": "en"})

    assert response.status_code == 200
    assert "There is no translation language with the code" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"p": "abc"},
        {"p": "999999"},
        {"needs_work": "banana"},
        {"q": "x" * 5000},
        {"locale": ""},
        {"export": "nonsense"},
    ],
)
def test_bad_input_never_errors(translator_client, params):
    assert translator_client.get(URL, params).status_code == 200


def test_results_fragment_for_live_filtering(translator_client):
    response = translator_client.get(URL + "results/", {"locale": "pl"})

    assert response.status_code == 200
    assert "<html" not in response.content.decode()


def test_csv_export_follows_the_filters(translator_client, page, polish):
    translate_strings(start_translation(page, polish), leave=1)

    response = translator_client.get(URL, {"locale": "pl", "export": "csv"})

    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Title,Type,Polski"
    (row,) = [line for line in lines if line.startswith("Our story,")]
    assert "In progress;" in row
    assert "strings translated" in row


# Access


def test_translators_see_the_menu_item(translator_client):
    html = translator_client.get("/admin/").content.decode()
    assert "Translation status" in html


def test_users_who_cannot_submit_translations_are_turned_away(client):
    client.force_login(make_user("editor-without-translation"))

    response = client.get(URL)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert "Translation status" not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_superusers_may_see_the_report(admin_client):
    assert admin_client.get(URL).status_code == 200


# Cost


def test_query_count_does_not_grow_with_the_number_of_pages(
    translator_client, home_page, polish
):
    def measure():
        assert translator_client.get(URL).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            assert translator_client.get(URL).status_code == 200
        return len(queries.captured_queries)

    def add_pages(count):
        for _ in range(count):
            page = StandardPageFactory(parent=home_page, introduction="<p>Text.</p>")
            page.save_revision().publish()
            translate_strings(start_translation(page, polish), leave=1)
        PersonFactory.create_batch(count)

    add_pages(3)
    few = measure()
    add_pages(30)
    many = measure()

    assert few == many
    assert many <= 40

    # More rows than fit on one page: the rest are a page further on.
    first = translator_client.get(URL)
    assert len(first.context["object_list"]) == 50
    second = translator_client.get(URL, {"p": "2"})
    assert second.status_code == 200
    assert second.context["object_list"]
