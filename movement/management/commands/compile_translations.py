"""`manage.py compile_translations`: every catalog checked, then compiled with polib.

The checks are in movement/i18n/catalogs.py; this command finds the catalogs,
reports every problem at once and writes nothing unless all of them pass.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from movement.i18n.catalogs import (
    CatalogError,
    find_catalogs,
    load_catalog,
    write_atomically,
)


class Command(BaseCommand):
    help = (
        "Compile every gettext catalog in LOCALE_PATHS (locale/<language>/LC_MESSAGES/"
        "*.po) to .mo with polib, without GNU gettext. Checks every catalog first and "
        "writes nothing if any is broken."
    )
    # Like Django's compilemessages: catalogs compile whatever state the code is in.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale",
            "-l",
            action="append",
            dest="languages",
            metavar="LANGUAGE",
            help="Compile only this language (repeatable). Default: every catalog.",
        )

    def handle(self, *args, languages=None, verbosity=1, **options):
        paths = find_catalogs(settings.LOCALE_PATHS, languages)
        missing = sorted(
            set(languages or []) - {path.parent.parent.name for path in paths}
        )
        if missing:
            raise CommandError(
                f"No catalog for {', '.join(missing)} in "
                f"{', '.join(map(str, settings.LOCALE_PATHS))}."
            )
        if not paths:
            if verbosity:
                self.stdout.write("No catalogs to compile in LOCALE_PATHS.")
            return

        catalogs, errors = [], []
        for path in paths:
            try:
                catalogs.append((path, load_catalog(path)))
            except CatalogError as error:
                errors.append(error)
        if errors:
            raise CommandError(
                "Broken translation catalog; nothing was compiled.\n"
                + "\n".join(
                    f"{self.display(error.path)}: {problem}"
                    for error in errors
                    for problem in error.problems
                )
                + "\nFix these lines (a PO editor such as Poedit helps) and run "
                "compile_translations again."
            )

        for path, catalog in catalogs:
            mo_path = path.with_suffix(".mo")
            write_atomically(mo_path, catalog.to_binary())
            if verbosity:
                self.stdout.write(
                    f"Compiled {self.display(mo_path)}: {self.summary(catalog)}"
                )

    def display(self, path):
        try:
            return str(path.relative_to(settings.BASE_DIR))
        except ValueError:
            return str(path)

    def summary(self, catalog):
        total = len([entry for entry in catalog if not entry.obsolete])
        text = f"{len(catalog.translated_entries())} of {total} messages translated"
        gaps = [
            f"{count} {label}"
            for count, label in [
                (len(catalog.untranslated_entries()), "untranslated"),
                (len(catalog.fuzzy_entries()), "fuzzy"),
            ]
            if count
        ]
        if gaps:
            text += f" ({', '.join(gaps)}: shown in English until translated)"
        return text + "."
