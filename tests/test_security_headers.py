"""Security headers on every response, in development as in production."""

import json

import pytest
from django.conf import settings

from tests.logs import records_of

pytestmark = pytest.mark.django_db


def policy(response):
    """{directive: [values]} of the Content-Security-Policy header."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize(
    "path", ["/en/", "/ar/", "/en/search/?q=pack", "/en/no-such-page/", "/healthz"]
)
def test_public_responses_allow_no_inline_script_or_style(client, path):
    response = client.get(path)
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]  # no nonce: no page needs one yet
    assert directives["style-src"] == ["'self'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["report-uri"] == ["/csp-report/"]
    assert response["Reporting-Endpoints"] == 'csp="/csp-report/"'
    assert "unsafe" not in response["Content-Security-Policy"]


def test_a_template_that_asks_for_a_nonce_gets_one_in_the_header(rf):
    from django.http import HttpResponse

    from movement.security import ContentSecurityPolicyMiddleware

    request = rf.get("/en/")

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    response = ContentSecurityPolicyMiddleware(view)(request)
    nonce = response.content.decode().split('"')[1]
    assert f"'nonce-{nonce}'" in policy(response)["script-src"]


def test_the_admin_gets_the_strictest_policy_wagtail_works_under(staff_client):
    response = staff_client("Editors").get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["frame-ancestors"] == ["'self'"]  # live preview frames itself
    assert not any("nonce" in value for value in directives["script-src"])
    assert "gravatar" not in response.content.decode()


def test_a_preview_keeps_the_public_policy_but_may_be_framed_by_the_admin(home_page):
    """Wagtail renders previews as a request for the page's own address."""
    response = home_page.make_preview_request()
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]


def test_a_downloaded_file_keeps_wagtails_stricter_policy(client):
    """Wagtail sends files with "default-src 'none'" (nothing in them may run);
    the pages' policy must not replace it. (Chromium 156 shows such a PDF.)"""
    from tests.resource_factories import PackDocumentFactory

    response = client.get(PackDocumentFactory().url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_features_no_page_uses_are_switched_off(client):
    header = client.get("/en/")["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in header


def test_development_settings_send_the_same_headers():
    from movement.settings import dev

    assert "movement.security.ContentSecurityPolicyMiddleware" in dev.MIDDLEWARE
    assert dev.CONTENT_SECURITY_POLICY == settings.CONTENT_SECURITY_POLICY
    assert "django_permissions_policy.PermissionsPolicyMiddleware" in dev.MIDDLEWARE


# Reports of what the policy blocked


def post_report(client, body, content_type="application/csp-report"):
    return client.post("/csp-report/", body, content_type=content_type)


def test_a_violation_report_is_logged(client):
    report = {
        "csp-report": {
            "document-uri": "https://www.example.org/en/",
            "violated-directive": "script-src-elem",
            "blocked-uri": "https://evil.example.net/x.js",
        }
    }
    with records_of("movement.csp") as logged:
        response = post_report(client, json.dumps(report))
    assert response.status_code == 204
    assert "no-store" in response["Cache-Control"]
    assert logged[0].getMessage() == (
        "Content-Security-Policy blocked https://evil.example.net/x.js "
        "(script-src-elem) on https://www.example.org/en/"
    )


def test_reports_in_the_reporting_api_format_are_logged_too(client):
    reports = [
        {
            "type": "csp-violation",
            "body": {
                "documentURL": "https://www.example.org/ar/",
                "effectiveDirective": "style-src-attr",
                "blockedURL": "inline",
            },
        }
    ]
    with records_of("movement.csp") as logged:
        post_report(client, json.dumps(reports), "application/reports+json")
    assert "inline (style-src-attr) on https://www.example.org/ar/" in (
        logged[0].getMessage()
    )


@pytest.mark.parametrize(
    "body", ["", "not json", "[1, 2]", '{"csp-report": 7}', "[" * 16000]
)
def test_nonsense_reports_are_answered_quietly(client, body):
    with records_of("movement.csp") as logged:
        assert post_report(client, body).status_code == 204
    assert logged == []


def test_a_report_cannot_forge_log_lines_or_flood_them(client):
    report = {
        "body": {
            "documentURL": "https://www.example.org/en/\nERROR forged line",
            "effectiveDirective": "script-src",
            "blockedURL": "x" * 1000,
        }
    }
    with records_of("movement.csp") as records:
        post_report(client, json.dumps([report] * 10), "application/reports+json")
    assert len(records) == 5
    message = records[0].getMessage()
    assert "\n" not in message and len(message) < 1000


def test_the_report_endpoint_takes_only_posts(client):
    assert client.get("/csp-report/").status_code == 405
