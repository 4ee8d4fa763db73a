// Progressive enhancement only: every feature works without this file.
(function () {
    "use strict";
    // The menu is a <details> element; open it by default on wide screens.
    var wide = window.matchMedia("(min-width: 60rem)");
    function syncMenu() {
        document.querySelectorAll("[data-menu]").forEach(function (menu) {
            menu.open = wide.matches;
        });
    }
    syncMenu();
    wide.addEventListener("change", syncMenu);
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || wide.matches) { return; }
        document.querySelectorAll("[data-menu][open]").forEach(function (menu) {
            menu.open = false;
            menu.querySelector("summary").focus();
        });
    });
}());
// Share tools (templates/components/share_tools.html): print and copy are shown
// from the start (hidden here only where the browser cannot do them); "Share…"
// takes "Copy link"'s place where the phone has a share sheet.
(function () {
    "use strict";
    document.querySelectorAll(".share-tools").forEach(function (tools) {
        var status = tools.querySelector("[data-share-status]");
        var print = tools.querySelector("[data-share-print]");
        if (typeof window.print === "function") {
            print.querySelector("button").addEventListener("click", function () {
                window.print();
            });
        } else {
            print.hidden = true;
        }
        var copy = tools.querySelector("[data-share-copy]");
        if (copy && navigator.clipboard && window.isSecureContext) {
            var button = copy.querySelector("button");
            button.addEventListener("click", function () {
                navigator.clipboard.writeText(button.dataset.url).then(function () {
                    status.textContent = button.dataset.copied;
                }, function () {
                    status.textContent = button.dataset.failed;
                });
            });
        } else if (copy) {
            copy.hidden = true;
        }
        // The phone's own share sheet (Web Share API): WhatsApp, Signal,
        // Instagram and whatever else the person uses; copying is in it too.
        var native = tools.querySelector("[data-share-native]");
        if (native && typeof navigator.share === "function" && window.isSecureContext) {
            copy.hidden = true;
            native.hidden = false;
            var share = native.querySelector("button");
            share.addEventListener("click", function () {
                var data = {title: share.dataset.title, url: share.dataset.url};
                status.textContent = "";
                new Promise(function (resolve) {
                    resolve(navigator.share(data));
                }).catch(function (error) {
                    // AbortError: the person closed the sheet, which needs no reply.
                    if (!error || error.name !== "AbortError") {
                        status.textContent = share.dataset.failed;
                    }
                });
            });
        }
    });
}());
// print.css prints each internal link's address after it: give it the site's
// address so a printed path reads in full (set through CSSOM, which a strict
// Content-Security-Policy allows).
document.documentElement.style.setProperty(
    "--print-origin", JSON.stringify(window.location.origin)
);
// A form sent back with mistakes (templates/components/form_errors.html): move
// focus to the list of what to fix, so it is read out and in view.
(function () {
    "use strict";
    var errors = document.querySelector(".form-errors");
    if (errors) { errors.focus(); }
}());
// Reading offline (movement/offline.py): the service worker keeps pages read.
(function () {
    "use strict";
    if (!("serviceWorker" in navigator) || !window.isSecureContext) { return; }
    window.addEventListener("load", function () {
        navigator.serviceWorker.register("/sw.js").catch(function () {});
    });
}());
// "Keep for offline" on a pack (templates/components/keep_offline.html): the
// file goes into the cache the service worker answers /documents/ from.
(function () {
    "use strict";
    var keepers = document.querySelectorAll("[data-keep-offline]");
    if (!("caches" in window) || !("serviceWorker" in navigator)) {
        keepers.forEach(function (keeper) { keeper.hidden = true; });
        return;
    }
    keepers.forEach(function (keeper) {
        var url = keeper.dataset.keepOffline;
        var button = keeper.querySelector("button");
        var status = keeper.querySelector("[role=status]");
        function kept() {
            button.hidden = true;
            status.textContent = status.dataset.kept;
        }
        caches.open("packs").then(function (cache) { return cache.match(url); })
            .then(function (found) { if (found) { kept(); } });
        button.addEventListener("click", function () {
            button.disabled = true;
            caches.open("packs").then(function (cache) { return cache.add(url); })
                .then(kept, function () {
                    button.disabled = false;
                    status.textContent = status.dataset.failed;
                });
        });
    });
}());
// The languages' disclosure (templates/components/language_switcher.html) opens
// over the page: Escape or a click elsewhere closes it, as a menu would.
(function () {
    "use strict";
    function close(except) {
        document.querySelectorAll("[data-closable][open]").forEach(function (open) {
            if (open !== except) { open.open = false; }
        });
    }
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") { return; }
        var open = document.querySelector("[data-closable][open]");
        if (open) {
            open.open = false;
            open.querySelector("summary").focus();
        }
    });
    document.addEventListener("click", function (event) {
        close(event.target.closest("[data-closable]"));
    });
}());
