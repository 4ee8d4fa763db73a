"""Cookies, security headers and the content security policies, for every environment.

Read by base.py; production.py adds what needs HTTPS (HSTS, secure cookies).
"""

from csp.constants import NONCE

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # forms read the token from the cookie after a cached page
X_FRAME_OPTIONS = "DENY"  # Wagtail sets SAMEORIGIN itself on its preview views
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Where HTTPS is enforced, load balancers may still probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Security headers, in development too, so that anything they break shows at once.
# Public pages: scripts and styles from this host only (movement/security.py).
ADMIN_PATH_PREFIXES = ("/admin/",)
CSP_REPORT_PATH = "/csp-report/"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "manifest-src": ["'self'"],
        "worker-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "report-uri": [CSP_REPORT_PATH],
        "report-to": "csp",
    }
}
# The strictest policy Wagtail 7.4's admin works under (checked in
# tests/browser/test_admin_csp.py): nothing from another host, but inline scripts
# and styles, which its editing views write without nonces (wagtail#1288); blob:
# and data: images for upload previews; framed only by itself (live preview).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-src": ["'self'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# The admin otherwise asks gravatar.com for faces and wagtail.org for news of
# releases: requests to other hosts that the policy above refuses.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Features no page here uses, switched off for every page and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
