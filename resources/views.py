from wagtail.documents.views.serve import serve


def serve_document(request, document_id, document_filename):
    """Wagtail's download view, without the "Content-Encoding: None" it sends.

    wagtail/utils/sendfile.py writes the guessed encoding even when there is
    none, and a header naming an unknown encoding invites a proxy or client to
    try to decode the file. Only a real encoding (e.g. gzip for .gz) stays.
    """
    response = serve(request, document_id, document_filename)
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]
    return response
