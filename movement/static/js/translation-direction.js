// wagtail-localize's translation editor lays out every language in the
// admin's direction (wagtail-localize#197). Each string is a list item holding
// the source text (<p>), then its translation (a <div> with the text or, while
// editing, a <textarea>); this gives each its language and direction, read
// from the editor's props, so Arabic is typed and shown right to left.
// Wagtail's own edit forms (an Arabic page no longer synced with its source)
// do the same for their text fields, from the form's locale in wagtailConfig;
// slugs, addresses and dates stay left to right.
(function () {
  "use strict";
  var rtlLanguages = (document.currentScript.dataset.rtlLanguages || "").split(" ");

  function directionOf(code) {
    return rtlLanguages.indexOf(code) === -1 ? "ltr" : "rtl";
  }

  function mark(element, code) {
    if (element.getAttribute("lang") !== code) {
      element.setAttribute("lang", code);
      element.setAttribute("dir", directionOf(code));
    }
  }

  function markStrings(editor, sourceCode, targetCode) {
    editor.querySelectorAll("li > p:first-child + div").forEach(function (translation) {
      mark(translation.previousElementSibling, sourceCode);
      mark(translation, targetCode);
      translation.querySelectorAll("textarea, input[type=text]").forEach(function (box) {
        mark(box, targetCode);
      });
    });
  }

  // Text a reader sees; not slugs, addresses, anchors or dates (their
  // pickers are the only text inputs with autocomplete off).
  var CONTENT_FIELDS =
    "input[type=text]:not([name*=slug]):not([name*=url]):not([name*=anchor])" +
    ":not([autocomplete=off]), textarea, .Draftail-Editor";

  function markForm(form, code) {
    form.querySelectorAll(CONTENT_FIELDS).forEach(function (field) {
      mark(field, code);
    });
  }

  function startForm() {
    var config = document.getElementById("wagtail-config");
    var form = document.querySelector("form[data-edit-form]");
    var code = config && JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE;
    if (!form || !code || directionOf(code) !== "rtl") return;
    form.dataset.contentDirection = "rtl";
    // StreamField draws its blocks, and new ones, after this runs.
    new MutationObserver(function () {
      markForm(form, code);
    }).observe(form, { childList: true, subtree: true });
    markForm(form, code);
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor[data-props]");
    if (!editor) return startForm();
    var props = JSON.parse(editor.dataset.props);
    var sourceCode = props.sourceLocale.code;
    var targetCode = props.locale.code;
    editor.dataset.targetDirection = directionOf(targetCode);
    // React draws the strings after this runs, and redraws them on "Edit".
    new MutationObserver(function () {
      markStrings(editor, sourceCode, targetCode);
    }).observe(editor, { childList: true, subtree: true });
    markStrings(editor, sourceCode, targetCode);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
