from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from movement import (
    health,
    login_protection,
    offline,
    preview_links,
    security,
    views,
)
from movement.i18n import switching
from movement.i18n.admin import po_locations, po_upload
from movement.robots import robots_txt
from movement.sitemap import sitemap
from resources.views import serve_document

urlpatterns = [
    path("", switching.root, name="root"),
    path("language/<str:code>/", switching.choose_language, name="choose_language"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
    # At the root, so the service worker may look after every page.
    path("sw.js", offline.service_worker, name="service_worker"),
    path("preview/<str:token>/", preview_links.shared_preview, name="shared_preview"),
    path(
        settings.CSP_REPORT_PATH.strip("/") + "/",
        security.csp_report,
        name="csp_report",
    ),
    # Wagtail's password reset form, with a limit on the mail it sends.
    path(
        "admin/password_reset/",
        login_protection.PasswordResetView.as_view(),
        name="password_reset_throttled",
    ),
    # wagtail-localize's PO upload, refusing files it would answer 500 to.
    path(
        "admin/localize/translate/<int:translation_id>/pofile/upload/",
        po_upload.upload_pofile,
    ),
    # wagtail-localize's PO download, with a readable location on each entry.
    path(
        "admin/localize/translate/<int:translation_id>/pofile/download/",
        po_locations.download_pofile,
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Same address as Wagtail's own download view, which this wraps; found first.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("newsletter/", include("movement.newsletter.urls")),
    path("offline/", offline.offline, name="offline"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("", include(wagtail_urls)),
)

handler500 = views.server_error
