/*
 * Small helps for every page; each page also works without them.
 * - After a failed submit, focus moves to the summary of problems, so screen readers read it first.
 * - Forms are checked by the server, which explains every problem in the person's language: the browser's own
 *   bubbles would show one problem at a time, in the browser's language.
 * - A button with data-confirm asks first (withdrawing a plan, moving a round's phase, deleting a draft).
 * - A form with data-keep-draft keeps what was typed in this tab's storage until it is sent successfully, and
 *   offers it back after the session ran out or the page was closed by mistake; while the person types, the
 *   session is kept alive.
 */
(function () {
    "use strict";

    function focusSummary() {
        var summary = document.getElementById("errorSummary");
        if (summary) {
            summary.focus();
        }
    }

    function serverSideChecks() {
        document.querySelectorAll("form").forEach(function (form) {
            form.noValidate = true;
        });
    }

    function confirmations() {
        document.addEventListener("click", function (event) {
            var button = event.target.closest("[data-confirm]");
            if (button && !window.confirm(button.getAttribute("data-confirm"))) {
                event.preventDefault();
                event.stopImmediatePropagation();
            }
        }, true);
    }

    function fieldsOf(form) {
        return Array.prototype.filter.call(form.elements, function (field) {
            return field.name && field.id && !/^(hidden|submit|button|file|password)$/.test(field.type)
                && field.name.indexOf("jakarta.faces") !== 0 && field.name !== "primefaces.nonce";
        });
    }

    function keepDrafts() {
        document.querySelectorAll("form[data-keep-draft]").forEach(function (form) {
            var key = "wijkfonds.draft." + form.getAttribute("data-keep-draft");
            var saved = window.sessionStorage.getItem(key);
            var notice = document.getElementById(form.getAttribute("data-restore-notice"));
            if (form.getAttribute("data-saved") === "true") {
                window.sessionStorage.removeItem(key);
            } else if (saved && notice && form.getAttribute("data-fresh") === "true") {
                notice.hidden = false;
                notice.querySelector("button").addEventListener("click", function () {
                    var values = JSON.parse(saved);
                    fieldsOf(form).forEach(function (field) {
                        if (Object.prototype.hasOwnProperty.call(values, field.id)) {
                            if (field.type === "radio" || field.type === "checkbox") {
                                field.checked = values[field.id];
                            } else {
                                field.value = values[field.id];
                            }
                        }
                    });
                    notice.hidden = true;
                });
            }
            var lastPing = Date.now();
            form.addEventListener("input", function () {
                var values = {};
                fieldsOf(form).forEach(function (field) {
                    values[field.id] = field.type === "radio" || field.type === "checkbox" ? field.checked : field.value;
                });
                window.sessionStorage.setItem(key, JSON.stringify(values));
                if (Date.now() - lastPing > 5 * 60 * 1000) {
                    lastPing = Date.now();
                    fetch(form.getAttribute("data-keep-alive"), {credentials: "same-origin"});
                }
            });
        });
    }

    confirmations();
    document.addEventListener("DOMContentLoaded", function () {
        serverSideChecks();
        focusSummary();
        keepDrafts();
    });
})();
