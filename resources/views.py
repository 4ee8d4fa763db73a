from wagtail.documents.views.serve import serve


def serve_document(request, document_id, document_filename):
    """Wagtail's download view, without the "Content-Encoding: None" it sends,
    and without the pages' Content-Security-Policy on the file itself.

    wagtail/utils/sendfile.py writes the guessed encoding even when there is
    none, and a header naming an unknown encoding invites a proxy or client to
    try to decode the file. Only a real encoding (e.g. gzip for .gz) stays.

    A policy governs pages. On a PDF opened in the browser it would govern the
    page Chromium draws around its PDF viewer, whose inline styles and plugin
    the pages' policy forbids (a blank or cut-off PDF: Chromium issue 271452);
    the file is safe without one (a checked type, nosniff, never HTML or SVG:
    resources/file_contents.py). Wagtail's password form for a protected
    document is a page, and keeps the policy.
    """
    response = serve(request, document_id, document_filename)
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]
    if not response.get("Content-Type", "").startswith("text/html"):
        response._csp_exempt = True  # django-csp's own flag (csp_exempt)
    return response
