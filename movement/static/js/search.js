// Search suggestions: progressive enhancement of the plain search form(s).
// Each search box gets a native <datalist> filled from /<lang>/search/suggest/;
// choosing a suggested title opens that page. Without this file the forms
// submit to the results page as before.
(function () {
    "use strict";
    if (window.movementSearchSuggestions) { return; }  // included once per form
    window.movementSearchSuggestions = true;

    var DELAY = 200;
    var MIN_LENGTH = 2;

    function enhance(form) {
        var input = form.querySelector("input[name=q]");
        var url = form.getAttribute("data-suggest-url");
        if (!input || !url || !window.fetch) { return; }
        var list = document.createElement("datalist");
        list.id = input.id + "-suggestions";
        form.appendChild(list);
        input.setAttribute("list", list.id);
        var urls = {};
        var timer = null;
        var latest = 0;

        function show(results) {
            urls = {};
            list.textContent = "";
            results.forEach(function (result) {
                var option = document.createElement("option");
                option.value = result.title;
                urls[result.title] = result.url;
                list.appendChild(option);
            });
        }

        function ask() {
            var query = input.value.trim();
            if (query.length < MIN_LENGTH) { show([]); return; }
            var asked = ++latest;
            fetch(url + "?" + new URLSearchParams({ q: query }), {
                headers: { Accept: "application/json" },
                credentials: "omit"
            })
                .then(function (response) { return response.ok ? response.json() : { results: [] }; })
                .then(function (data) { if (asked === latest) { show(data.results || []); } })
                .catch(function () { show([]); });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(ask, DELAY);
        });
        form.addEventListener("submit", function (event) {
            var page = urls[input.value];
            if (page) {
                event.preventDefault();
                window.location.assign(page);
            }
        });
    }

    function start() {
        document.querySelectorAll("form.search-form[data-suggest-url]").forEach(enhance);
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
