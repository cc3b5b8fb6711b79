/*
 * The ballot page without waiting for the server; every step also works without this script, and the server checks
 * everything again.
 * - A voting code with a wrong check character (a typo) is caught before it is sent.
 * - The budget bar of a knapsack ballot fills as plans are ticked, and says so to screen readers (aria-live).
 * - The theme filter hides the other themes' plans at once (their choices stay).
 * - After voting, focus moves to the receipt.
 * - The officials' page follows a running register import.
 */
(function () {
    "use strict";

    var SYMBOLS = "34679ACDEFGHJKMNPRTVWXY";
    var LENGTH = 9;

    /** The same rule as CodeAlphabet.readCode on the server. */
    function validCode(typed) {
        var code = typed.replace(/[\s-]/g, "").toUpperCase();
        if (code.length !== LENGTH + 1) {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < code.length; i++) {
            var value = SYMBOLS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            if (i < LENGTH) {
                sum = (sum + (i + 1) * value) % SYMBOLS.length;
            }
        }
        return SYMBOLS.charAt(sum) === code.charAt(LENGTH);
    }

    function checkCodes() {
        document.querySelectorAll("form[data-voting-code]").forEach(function (form) {
            form.addEventListener("submit", function (event) {
                var input = document.getElementById(form.getAttribute("data-voting-code"));
                if (!input || input.value.trim() === "" || validCode(input.value)) {
                    return;
                }
                event.preventDefault();
                var slot = document.getElementById(input.id + "Error");
                if (slot) {
                    slot.textContent = "";
                    var message = document.createElement("span");
                    message.className = "field-error";
                    message.textContent = form.getAttribute("data-mistyped");
                    slot.appendChild(message);
                }
                input.setAttribute("aria-invalid", "true");
                input.focus();
            });
        });
    }

    function money(cents, locale) {
        return new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", {style: "currency", currency: "EUR"})
            .format(cents / 100);
    }

    function budgetBars() {
        document.querySelectorAll(".budget[data-budget]").forEach(function (bar) {
            var section = bar.closest("section");
            var budget = Number(bar.getAttribute("data-budget"));
            var meter = bar.querySelector("meter");
            var status = bar.querySelector(".budget-status");
            var locale = bar.getAttribute("data-locale");
            function update() {
                var chosen = 0;
                section.querySelectorAll("input[type=checkbox][data-cost]").forEach(function (box) {
                    if (box.checked) {
                        chosen += Number(box.getAttribute("data-cost"));
                    }
                });
                meter.value = Math.min(chosen, budget);
                var text = bar.getAttribute("data-text").replace("{0}", money(chosen, locale))
                    .replace("{1}", money(budget, locale));
                if (chosen > budget) {
                    text += " " + bar.getAttribute("data-over").replace("{0}", money(chosen - budget, locale));
                }
                status.textContent = text;
                bar.classList.toggle("over", chosen > budget);
            }
            section.addEventListener("change", function (event) {
                if (event.target.matches("input[type=checkbox][data-cost]")) {
                    update();
                }
            });
        });
    }

    function themeFilter() {
        document.querySelectorAll("select[data-theme-filter]").forEach(function (select) {
            select.addEventListener("change", function () {
                document.querySelectorAll(".ballot-plan[data-theme]").forEach(function (plan) {
                    plan.hidden = select.value !== "" && plan.getAttribute("data-theme") !== select.value;
                });
            });
        });
    }

    /** A page that follows work in progress (a register import) looks again every few seconds. */
    function refresh() {
        var follower = document.querySelector("[data-refresh]");
        if (follower) {
            window.setTimeout(function () {
                window.location.reload();
            }, 1000 * Number(follower.getAttribute("data-refresh")));
        }
    }

    function focusReceipt() {
        var receipt = document.getElementById("receipt");
        if (receipt) {
            receipt.focus();
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        checkCodes();
        budgetBars();
        themeFilter();
        focusReceipt();
        refresh();
    });
})();
