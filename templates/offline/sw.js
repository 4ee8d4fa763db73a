// The service worker (movement/offline.py): pages a visitor has read, and packs
// they kept, still open when the signal drops. Online, every page comes from
// the network first, so nobody is shown an old page while they could have the
// new one. Served from /sw.js so that it may look after the whole site.
"use strict";
var VERSION = "{{ version }}";
var PAGES = "pages";        // pages read, newest last: kept across deploys
var ASSETS = "assets";      // styles, scripts, images the pages use
var PACKS = "packs";        // downloads a visitor asked to keep
var OFFLINE = "offline-" + VERSION;
var OFFLINE_PAGES = {{ offline_pages|safe }};  // {language: address}
var MOST_PAGES = {{ most_pages }};
var MOST_ASSETS = {{ most_assets }};

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(OFFLINE).then(function (cache) {
        return cache.addAll(Object.values(OFFLINE_PAGES));
    }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
    // A new version's offline pages replace the old ones; what was read stays.
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
            return name.indexOf("offline-") === 0 && name !== OFFLINE;
        }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); }));
});

function keepable(response) {
    var control = response.headers.get("Cache-Control") || "";
    return response.ok && response.type === "basic" && !/no-store|private/.test(control);
}

function trim(name, most) {
    return caches.open(name).then(function (cache) {
        return cache.keys().then(function (keys) {
            return Promise.all(keys.slice(0, Math.max(keys.length - most, 0)).map(function (key) {
                return cache.delete(key);
            }));
        });
    });
}

function keep(name, request, response, most) {
    var copy = response.clone();
    return caches.open(name).then(function (cache) {
        return cache.delete(request).then(function () { return cache.put(request, copy); });
    }).then(function () { return most ? trim(name, most) : null; });
}

function offlinePage(url) {
    var language = url.pathname.split("/")[1];
    var address = OFFLINE_PAGES[language] || OFFLINE_PAGES["{{ default_language }}"];
    return caches.open(OFFLINE).then(function (cache) { return cache.match(address); });
}

function networkFirst(event, url, name, most) {
    return fetch(event.request).then(function (response) {
        if (keepable(response)) {
            event.waitUntil(keep(name, event.request, response, most));
        }
        return response;
    }, function () {
        return caches.match(event.request, {ignoreVary: true}).then(function (kept) {
            if (kept) { return kept; }
            if (event.request.mode === "navigate") { return offlinePage(url); }
            return Response.error();
        });
    });
}

self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin) { return; }
    if (/^\/(admin|sw\.js|csp-report)/.test(url.pathname)) { return; }
    if (url.pathname.indexOf("/documents/") === 0) {
        // A pack kept for offline opens from the phone, with or without signal.
        event.respondWith(caches.open(PACKS).then(function (cache) {
            return cache.match(request).then(function (kept) {
                return kept || fetch(request);
            });
        }));
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(networkFirst(event, url, PAGES, MOST_PAGES));
    } else {
        event.respondWith(networkFirst(event, url, ASSETS, MOST_ASSETS));
    }
});
