"""The interface translations: a complete catalog for every demo language, compiled
without GNU gettext by `manage.py compile_translations`, and used by Django."""

import ast
import datetime
import re
import shutil
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.template import Context, Template
from django.utils import translation
from django.utils.translation.template import templatize

from movement.management.commands.compile_translations import load_catalog

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"
LANGUAGES = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# The gettext calls `templatize` writes for each translation tag, as makemessages
# hands them to xgettext: gettext('…'), pgettext('context', '…'), ngettext('…', …).
STRING = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
GETTEXT_CALL = re.compile(
    rf"\b(gettext|_|pgettext|ngettext|npgettext)\(\s*({STRING})(?:\s*,\s*({STRING}))?"
)


def catalog_path(locale_dir, language):
    return locale_dir / language / "LC_MESSAGES" / "django.po"


def template_messages():
    """(context, msgid) of every string templates/ marks for translation.

    Found the way makemessages finds them, without xgettext, so the test also
    catches a new template string that nobody has added to the catalogs yet.
    """
    messages = set()
    for path in sorted(TEMPLATES_DIR.rglob("*.html")) + sorted(
        TEMPLATES_DIR.rglob("*.txt")
    ):
        source = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for function, first, second in GETTEXT_CALL.findall(source):
            if function in ("pgettext", "npgettext"):
                messages.add((ast.literal_eval(first), ast.literal_eval(second)))
            else:
                messages.add((None, ast.literal_eval(first)))
    return messages


@pytest.fixture
def locale_copy(tmp_path, settings):
    """The project's .po files in a temporary LOCALE_PATHS, with no .mo beside them.

    Compiling there leaves the working tree alone, and a test sees exactly what
    compile_translations wrote, whether or not `make` compiled the catalogs before
    pytest ran. Changing LOCALE_PATHS makes Django forget the catalogs it cached.
    """
    locale_dir = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, locale_dir, ignore=shutil.ignore_patterns("*.mo", ".*"))
    settings.LOCALE_PATHS = [locale_dir]
    return locale_dir


def compile_catalogs(*args):
    output = StringIO()
    call_command("compile_translations", *args, stdout=output)
    return output.getvalue()


def test_the_template_extractor_finds_template_strings():
    messages = template_messages()

    assert (None, "Skip to main content") in messages
    assert ("between a start and an end time", "to") in messages
    assert (None, "%(counter)s result for “%(query)s”") in messages  # a plural
    assert (None, "Featured") in messages  # _("…") inside a tag


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_catalog_that_passes_the_checks(language):
    path = catalog_path(LOCALE_DIR, language)
    assert path.exists(), f"no catalog for {language}: run makemessages -l {language}"

    catalog = load_catalog(path)  # raises with the reasons if it is broken

    assert catalog.metadata["Language"] == language
    assert "Plural-Forms" in catalog.metadata
    assert "Machine translated; awaiting review by a fluent speaker." in catalog.header


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_string_is_translated(language):
    catalog = polib.pofile(str(catalog_path(LOCALE_DIR, language)))
    entries = {(entry.msgctxt, entry.msgid): entry for entry in catalog}

    problems = []
    for context, msgid in sorted(template_messages(), key=lambda m: (m[1], m[0] or "")):
        entry = entries.get((context, msgid))
        if entry is None or entry.obsolete:
            problems.append(f"missing from the catalog: {msgid!r}")
        elif entry.fuzzy:
            problems.append(f"fuzzy: {msgid!r}")
        elif not entry.translated():
            problems.append(f"untranslated: {msgid!r}")

    assert not problems, (
        f"locale/{language}: {len(problems)} template strings need a translation "
        "(refresh with makemessages, translate, compile_translations):\n"
        + "\n".join(problems[:20])
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogs_translate_the_site(client, locale_copy, language):
    skip_link = (
        polib.pofile(str(catalog_path(locale_copy, language)))
        .find("Skip to main content")
        .msgstr
    )

    output = compile_catalogs()
    response = client.get(f"/{language}/")

    compiled = catalog_path(locale_copy, language).with_suffix(".mo")
    assert f"Compiled {compiled}: " in output
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f'<a class="skip-link" href="#main">{skip_link}</a>' in html


@pytest.mark.django_db
def test_without_compiled_catalogs_our_translations_are_missing(client, locale_copy):
    """The control for the test above: the text comes from our .mo, not elsewhere.

    (Wagtail's admin catalog has its own "Skip to main content", so without ours
    the Polish page shows Wagtail's wording instead.)
    """
    skip_link = (
        polib.pofile(str(catalog_path(locale_copy, "pl")))
        .find("Skip to main content")
        .msgstr
    )

    html = client.get("/pl/").content.decode()

    assert skip_link not in html


@pytest.mark.parametrize(
    ("language", "counts", "forms_used"),
    [
        ("pl", [1, 3, 5, 22], [0, 1, 2, 1]),  # strona, strony, stron, strony
        ("es", [1, 2, 1_000_000], [0, 2, 1]),  # página, páginas, de páginas
        ("ar", [0, 1, 2, 3, 11, 100], [0, 1, 2, 3, 4, 5]),
    ],
)
def test_plural_forms_follow_each_languages_rule(
    locale_copy, language, counts, forms_used
):
    compile_catalogs()
    forms = (
        polib.pofile(str(catalog_path(locale_copy, language)))
        .find("%(count)d page")
        .msgstr_plural
    )

    with translation.override(language):
        pages = [
            translation.ngettext("%(count)d page", "%(count)d pages", count)
            for count in counts
        ]

    assert pages == [forms[index] for index in forms_used]


def test_month_names_come_from_django_in_the_visitors_language(locale_copy):
    compile_catalogs()  # our catalogs must not hide Django's own
    template = Template('{{ day|date:"j F Y" }}')

    with translation.override("pl"):
        rendered = template.render(Context({"day": datetime.date(2026, 3, 5)}))

    assert rendered.lower() == "5 marzec 2026"


@pytest.mark.parametrize(
    ("language", "date_format", "expected"),
    [
        # "F" is the month on its own (marzec); after a day Polish needs "E".
        ("pl", "j E Y", "5 marca 2026"),
        ("es", "j F Y", "5 marzo 2026"),
        ("ar", "j F Y", "5 مارس 2026"),
    ],
)
def test_dates_render_in_the_visitors_language(
    locale_copy, language, date_format, expected
):
    compile_catalogs()
    template = Template(f'{{{{ day|date:"{date_format}" }}}}')

    with translation.override(language):
        rendered = template.render(Context({"day": datetime.date(2026, 3, 5)}))

    assert rendered == expected


def test_fuzzy_and_untranslated_messages_are_reported_and_left_out(locale_copy):
    path = catalog_path(locale_copy, "pl")
    catalog = polib.pofile(str(path))
    catalog.find("Skip to main content").flags.append("fuzzy")
    catalog.find("Search the site").msgstr = ""
    catalog.save()

    output = compile_catalogs()

    compiled = polib.mofile(str(path.with_suffix(".mo")))
    assert "Skip to main content" not in {entry.msgid for entry in compiled}
    assert "Search the site" not in {entry.msgid for entry in compiled}
    total = len([entry for entry in catalog if not entry.obsolete])
    assert (
        f"{total - 2} of {total} messages translated (1 untranslated, 1 fuzzy: "
        "shown in English until translated)."
    ) in output


HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('msgid "Menu"\nmsgstr "Menu\n', 'line 7: not a valid PO line: msgstr "Menu'),
        ('msgid "Menu"\nmsgstr "\\q"\n', 'line 7: not a valid PO line: msgstr "\\q"'),
        ('msgid "Menu"\nmsgstr "A"\nmsgid "Menu"\nmsgstr "B"\n', "appears twice"),
        ('msgid "Menu"\n\nmsgid "Next"\nmsgstr "N"\n', "syntax error"),
        (
            '#, python-format\nmsgid "Page %(number)s"\nmsgstr "Strona %(numer)s"\n',
            "uses %(numer)s, which “Page %(number)s” does not have",
        ),
        (
            '#, python-format\nmsgid "Page %(number)s of %(total)s"\n'
            'msgstr "Strona %(number)s"\n',
            "leaves out %(total)s",
        ),
        (
            '#, python-format\nmsgid "%(count)d page"\nmsgid_plural "%(count)d pages"\n'
            'msgstr[0] "%(count)d strona"\n',
            "the header says 2 plural forms",
        ),
        ('#, python-format\nmsgid "100%%"\nmsgstr "100%"\n', "not a placeholder"),
    ],
)
def test_a_broken_catalog_stops_the_command_and_nothing_is_written(
    locale_copy, body, reason
):
    broken = catalog_path(locale_copy, "pl")
    broken.write_text(HEADER + body, encoding="utf-8")

    with pytest.raises(CommandError) as error:
        call_command("compile_translations", stdout=StringIO())

    message = str(error.value)
    assert message.startswith("Broken translation catalog; nothing was compiled.")
    assert f"{broken}: " in message
    assert reason in message
    assert not list(locale_copy.rglob("*.mo"))


def test_a_broken_plural_rule_is_refused(locale_copy):
    broken = catalog_path(locale_copy, "pl")
    broken.write_text(
        HEADER.replace("plural=(n != 1)", "plural=(n !=")
        + 'msgid "Menu"\nmsgstr "Menu"\n',
        encoding="utf-8",
    )

    with pytest.raises(CommandError, match="Plural-Forms is not a valid rule"):
        call_command("compile_translations", stdout=StringIO())


def test_an_unknown_language_is_refused(locale_copy):
    with pytest.raises(CommandError, match="No catalog for xx"):
        compile_catalogs("--locale", "xx")


def test_one_language_can_be_compiled_alone(locale_copy):
    output = compile_catalogs("--locale", "es")

    assert [path.parent.parent.name for path in locale_copy.rglob("*.mo")] == ["es"]
    assert output.count("Compiled ") == 1
