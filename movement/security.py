"""Content-Security-Policy: strict on the public site, Wagtail's limits in the admin.

django-csp sends CONTENT_SECURITY_POLICY on every response. Public pages carry
no inline script or style (tests/test_front_end_rules.py), so their policy
allows scripts and styles from our own host only, with a nonce for any inline
script a template may need (`request.csp_nonce`). Wagtail 7.4's admin writes
inline scripts and styles (wagtail#1288), so /admin/ gets ADMIN_CONTENT_SECURITY_POLICY:
still our host only, but with 'unsafe-inline' and no nonce (a nonce would make
browsers ignore 'unsafe-inline'), and framing by our own pages for previews. A
preview itself keeps the public policy, framed by the admin only.
"""

import json
import logging
import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from movement.storage import public_media_origin

logger = logging.getLogger("movement.csp")

REPORT_MAX_BYTES = 16 * 1024
REPORTS_PER_REQUEST = 5
FIELD_MAX_CHARACTERS = 300
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def in_admin(request):
    return request.path_info.startswith(settings.ADMIN_PATH_PREFIXES)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        media_origin = public_media_origin()
        if media_origin:  # images in a media bucket or behind its CDN
            update = parts.update or {}
            parts.update = {
                **update,
                "img-src": [*update.get("img-src", []), media_origin],
            }
        if in_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.nonce = None
        elif getattr(request, "is_preview", False):
            # Wagtail renders a preview as a request for the page's own address,
            # through this middleware, and shows it framed beside the editor.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if "Content-Security-Policy" in response:
            # Where reports go for browsers that read report-to rather than report-uri.
            response["Reporting-Endpoints"] = f'csp="{settings.CSP_REPORT_PATH}"'
        return response


@csrf_exempt
@require_POST
def csp_report(request):
    """Logs what a browser says our policy blocked; answers 204 whatever it sent.

    Browsers post one report (report-uri, application/csp-report) or a list of
    them (report-to, application/reports+json). Anyone can post here, so at most
    REPORTS_PER_REQUEST are read, each value is cut short and stripped of line
    breaks (no forged log lines), and each distinct report is logged at most once
    a minute (movement.log_filters).
    """
    body = request.body[:REPORT_MAX_BYTES] if request.body else b""
    for report in _reports(body)[:REPORTS_PER_REQUEST]:
        logger.warning(
            "Content-Security-Policy blocked %s (%s) on %s",
            _field(report, "blocked-uri", "blockedURL") or "inline code",
            _field(report, "violated-directive", "effectiveDirective") or "?",
            _field(report, "document-uri", "documentURL") or "?",
        )
    response = HttpResponse(status=204)
    add_never_cache_headers(response)
    return response


def _reports(body):
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested deep
        return []
    items = data if isinstance(data, list) else [data]
    reports = []
    for item in items:
        if not isinstance(item, dict):
            continue
        report = item.get("csp-report") or item.get("body")
        if isinstance(report, dict):
            reports.append(report)
    return reports


def _field(report, *names):
    """The first of `names` the report has, as one short line of printable text."""
    for name in names:
        value = report.get(name)
        if value:
            return CONTROL_CHARACTERS.sub(" ", str(value))[:FIELD_MAX_CHARACTERS]
    return ""
