"""Checking and compiling the project's gettext catalogs (.po to the .mo Django reads).

Django's own `compilemessages` needs GNU gettext's `msgfmt`, which a fresh machine may
not have. polib (installed with wagtail-localize) writes the same .mo format in pure
Python, so `make run` and `make test` need nothing beyond the virtualenv.

polib's parser is forgiving: it drops an unterminated string or an unknown escape
without a word, and it never checks placeholders. A catalog compiled like that would
show visitors an empty string, or raise an error on every page that uses a message
whose `%(name)s` the translator mistyped. So each catalog is checked the way `msgfmt
--check` would first, and nothing is written unless every catalog passes.
Why this is ours and not Babel's: docs/decisions/0005-our-own-catalog-compiler.md.
"""

import codecs
import gettext
import os
import re
import tempfile
from pathlib import Path

import polib

# A quoted PO string, with the escapes gettext accepts.
STRING = r'"(?:[^"\\]|\\(?:[ntrbfva"\\\'?]|[0-7]{1,3}|x[0-9A-Fa-f]+))*"'
KEYWORD = r"(?:msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])"
PO_LINE = re.compile(rf"^\s*(?:{KEYWORD}\s+)?{STRING}\s*$")

# printf-style placeholders as Python's % operator reads them.
PERCENT = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?"
    r"(?P<type>[diouxXeEfFgGcrsa%])"
)
BRACES = re.compile(r"\{([^{}]*)\}")


class CatalogError(Exception):
    """A catalog that must not be compiled, with every reason found."""

    def __init__(self, path, problems):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


def find_catalogs(locale_paths, languages=None):
    """Every `<language>/LC_MESSAGES/*.po` under the given locale directories."""
    found = []
    for locale_path in map(Path, locale_paths):
        for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
            if languages is None or po_path.parent.parent.name in languages:
                found.append(po_path)
    return found


def load_catalog(path):
    """The parsed catalog, or CatalogError naming each line or message that is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CatalogError(path, [f"not UTF-8 text ({error})"]) from error
    problems = [
        f"line {number}: not a valid PO line: {line.strip()[:60]}"
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
        and not line.lstrip().startswith("#")
        and not PO_LINE.match(line)
    ]
    if problems:
        raise CatalogError(path, problems)
    try:
        catalog = polib.pofile(text, check_for_duplicates=True)
    except (OSError, ValueError) as error:
        message = re.sub(
            r"^Syntax error in po file \(line (\d+)\)",
            r"line \1: syntax error",
            str(error),
        )
        message = re.sub(
            r'^Entry "(.*)" already exists$', r"the message “\1” appears twice", message
        )
        raise CatalogError(path, [message]) from error
    problems = header_problems(catalog)
    plural_count = count_plurals(catalog.metadata.get("Plural-Forms", ""))
    for entry in catalog:
        if not entry.obsolete:
            problems.extend(
                f"line {entry.linenum}: {problem}"
                for problem in entry_problems(entry, plural_count)
            )
    if problems:
        raise CatalogError(path, problems)
    return catalog


def count_plurals(plural_forms):
    match = re.search(r"nplurals\s*=\s*(\d+)", plural_forms)
    return int(match[1]) if match else None


def header_problems(catalog):
    """What would stop Python's gettext loading the compiled file at all."""
    problems = []
    charset = re.search(r"charset=([^\s;]+)", catalog.metadata.get("Content-Type", ""))
    if charset:
        try:
            codecs.lookup(charset[1])
        except LookupError:
            problems.append(f"the header names an unknown charset, {charset[1]}")
    plural_forms = catalog.metadata.get("Plural-Forms")
    if plural_forms is not None:
        expression = re.search(r"plural\s*=\s*([^;]+)", plural_forms)
        try:
            if count_plurals(plural_forms) is None or expression is None:
                raise ValueError
            gettext.c2py(expression[1].strip())
        except (ValueError, SyntaxError, RecursionError):
            problems.append(
                f"the header's Plural-Forms is not a valid rule: {plural_forms}"
            )
    return problems


def entry_problems(entry, plural_count):
    if entry.msgid_plural and not entry.msgstr_plural:
        return ["a message with a plural needs msgstr[0], msgstr[1]… lines"]
    if entry.msgstr_plural and not entry.msgid_plural:
        return ["msgstr[n] lines belong only to a message with msgid_plural"]
    if not entry.translated():
        return []  # untranslated and fuzzy messages are not compiled
    problems = []
    if entry.msgid_plural:
        if plural_count is None:
            problems.append("a translated plural needs Plural-Forms in the header")
        elif sorted(entry.msgstr_plural) != list(range(plural_count)):
            problems.append(
                f"the header says {plural_count} plural forms, but "
                f"“{entry.msgid}” has {len(entry.msgstr_plural)}"
            )
        translations = entry.msgstr_plural.values()
    else:
        translations = [entry.msgstr]
    if "python-format" in entry.flags:
        problems.extend(percent_problems(entry, translations))
    if "python-brace-format" in entry.flags:
        problems.extend(brace_problems(entry, translations))
    return problems


def placeholders(text):
    """(names, positional types, whether any % is malformed) of a %-format string."""
    names, positional = set(), []
    for match in PERCENT.finditer(text):
        if match["type"] == "%":
            continue
        if match["name"] is not None:
            names.add(match["name"])
        else:
            positional.append(match["type"])
    return names, positional, "%" in PERCENT.sub("", text)


def percent_problems(entry, translations):
    source_names, source_positional, _ = placeholders(entry.msgid)
    if entry.msgid_plural:
        plural_names, _, _ = placeholders(entry.msgid_plural)
        source_names |= plural_names
    problems = []
    for translation in translations:
        names, positional, malformed = placeholders(translation)
        if malformed:
            problems.append(f"“{translation}” has a % that is not a placeholder")
        unknown = names - source_names
        if unknown:
            problems.append(
                f"“{translation}” uses %({sorted(unknown)[0]})s, "
                f"which “{entry.msgid}” does not have"
            )
        missing = source_names - names
        if missing and not entry.msgid_plural:
            problems.append(
                f"“{translation}” leaves out %({sorted(missing)[0]})s "
                f"from “{entry.msgid}”"
            )
        if positional != source_positional:
            problems.append(
                f"“{translation}” does not have the placeholders of “{entry.msgid}”"
            )
    return problems


def brace_problems(entry, translations):
    source = set(BRACES.findall(entry.msgid + (entry.msgid_plural or "")))
    return [
        f"“{translation}” uses a {{placeholder}} that “{entry.msgid}” does not have"
        for translation in translations
        if not set(BRACES.findall(translation)) <= source
    ]


def write_atomically(path, data):
    """Readers (a running server, a parallel test worker) see the old file or the new."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
