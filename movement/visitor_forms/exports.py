"""Spreadsheets of what visitors sent, safe to open.

A visitor can type `=HYPERLINK("http://evil.example", "Click")` as their name.
Opened in Excel or LibreOffice, a CSV cell starting with =, +, -, @, a tab or a
carriage return is run as a formula (OWASP "CSV Injection"). Wagtail's XLSX
export already stores such text as text; its CSV export does not, so ours puts
an apostrophe in front, which spreadsheets show as plain text.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeCsvMixin:
    """For a view with Wagtail's SpreadsheetExportMixin (an index view)."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: spreadsheet_safe(
                    self.preprocess_field_value(field, value, self.FORMAT_CSV)
                )
                for field, value in row_dict.items()
            }
        )
