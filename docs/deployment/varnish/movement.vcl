# Varnish in front of the movement's site (Debian 12's varnish 7.1; vcl 4.1).
#
# Keeps what the app marks `Cache-Control: public` (movement/http_cache.py) for its
# s-maxage, serves it stale for its stale-while-revalidate while fetching a fresh
# copy, and never keeps or serves from the cache anything for a visitor who is
# signed in or has a session. The app purges what a change touched
# (movement/frontend_purge.py): a PURGE of a path drops every kept copy of that
# path on that host, whatever its query string. PURGE is refused from anywhere
# but the `purgers` network.
#
# Site-specific parts (where the app listens, who may purge) are in backend.vcl,
# found on vcl_path: `varnishd -f /etc/varnish/movement.vcl`, with both files in
# /etc/varnish (docs/operations.md, "HTTP cache in front").

vcl 4.1;

import std;

include "backend.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is not allowed from this address"));
        }
        ban("obj.http.x-cached-host == " + req.http.host +
            " && obj.http.x-cached-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in editors and visitors with a session are never served a kept page.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Answers that depend on the visitor (the language they prefer, the admin,
    # previews, private downloads, sign-in and password forms) go straight through.
    if (req.url ~ "^/(\?.*)?$" ||
        req.url ~ "^/(admin|language|preview|documents|healthz|csp-report)(/|$)" ||
        req.url ~ "^/[a-z-]+/_util/") {
        return (pass);
    }
    # Only the query parameters some page reads (PAGE_CACHE_QUERY_PARAMETERS) are
    # kept, in one order: `?utm_source=…` or random query strings share one copy.
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url,
            "([?&])(?!(page|q|type|audience|fundamental|compartment|move|level)=)[^&]*", "\1");
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]$", "");
        set req.url = std.querysort(req.url);
    }
    # Public pages read no cookie; without them every visitor shares one copy.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Remembered for PURGE's ban; removed before the answer leaves (vcl_deliver).
    set beresp.http.x-cached-host = bereq.http.host;
    set beresp.http.x-cached-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Cache-Control !~ "(^|[ ,])public([ ,]|$)" ||
        beresp.http.Cache-Control ~ "private|no-store|no-cache" ||
        beresp.http.Set-Cookie) {
        # Not for sharing: fetch it afresh each time, without queueing visitors.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # If the app is down, go on serving what is kept for up to a day
    # (the app's stale-if-error), beyond stale-while-revalidate.
    set beresp.keep = 1d;
    return (deliver);
}

sub vcl_backend_error {
    # An app server that does not answer (stopped, restarting) before its probe
    # says so: ask once more, which goes to the next server when there are
    # several (several-backends.vcl). Only for reading: a form is never sent twice.
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # No app answered and nothing is kept: a plain, short 503.
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "30";
    set beresp.body = "The site is busy. Please try again in a moment.";
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-cached-host;
    unset resp.http.x-cached-path;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elseif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
