/*
 * Gives PrimeFaces' upload progress bars an accessible name (axe rule aria-progressbar-name), in the page's
 * language: the label comes from the data-progress-label attribute around the upload.
 */
(function () {
    "use strict";
    function nameProgressBars() {
        document.querySelectorAll("[data-progress-label] .ui-progressbar:not([aria-label])").forEach(function (bar) {
            bar.setAttribute("aria-label", bar.closest("[data-progress-label]").getAttribute("data-progress-label"));
        });
    }
    new MutationObserver(nameProgressBars).observe(document.documentElement, {childList: true, subtree: true});
    document.addEventListener("DOMContentLoaded", nameProgressBars);
})();
