"""Translation tools for the admin, apart from what serves visitors.

- status.py, status_views.py: the translation status report (Reports menu, dashboard).
- po_locations.py, po_upload.py: wagtail-localize's PO download and upload, with
  readable locations and the checks it leaves out.
- direction.py: right-to-left text boxes in wagtail-localize's editor.
- wagtail_hooks.py: where these join the admin (imported by movement/wagtail_hooks.py).
"""
