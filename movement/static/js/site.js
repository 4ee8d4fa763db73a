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
