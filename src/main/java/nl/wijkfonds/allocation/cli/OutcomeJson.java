package nl.wijkfonds.allocation.cli;

import java.util.List;
import java.util.Map;

import nl.wijkfonds.allocation.Explanation;
import nl.wijkfonds.allocation.ExplanationText;
import nl.wijkfonds.allocation.Outcome;
import nl.wijkfonds.allocation.Project;
import nl.wijkfonds.allocation.Tie;

/**
 * The outcome as JSON, written by hand so the recount jar needs no library. Exact values stay strings
 * ({@code "707500/3067"}); money is a JSON number in currency units ({@code 804828.79}). Each project has
 * its reason's {@code code} and the reason as a sentence in the chosen language.
 */
final class OutcomeJson {

    private OutcomeJson() {
    }

    static String write(Outcome outcome, String file, String sha256, ExplanationText text) {
        StringBuilder s = new StringBuilder("{\n");
        field(s, 1, "file", quote(file)).append(",\n");
        field(s, 1, "sha256", quote(sha256)).append(",\n");
        field(s, 1, "rule", quote(outcome.rule())).append(",\n");
        field(s, 1, "tieBreak", quote(outcome.tieBreak())).append(",\n");
        field(s, 1, "budget", money(outcome, outcome.budget())).append(",\n");
        field(s, 1, "totalCost", money(outcome, outcome.totalCost())).append(",\n");
        field(s, 1, "selected", list(outcome.selected().stream().map(Project::id).map(OutcomeJson::quote).toList()))
                .append(",\n");
        indent(s, 1).append("\"projects\": [");
        List<Explanation> explanations = outcome.explanations();
        for (int i = 0; i < explanations.size(); i++) {
            Explanation e = explanations.get(i);
            s.append(i == 0 ? "\n" : ",\n");
            indent(s, 2).append("{\"id\": ").append(quote(e.project().id()))
                    .append(", \"cost\": ").append(money(outcome, e.project().cost()))
                    .append(", \"chosen\": ").append(e.chosen())
                    .append(", \"step\": ").append(e.step())
                    .append(", \"phase\": ").append(quote(e.phase()))
                    .append(", \"code\": ").append(quote(e.reason().code()))
                    .append(", \"reason\": ").append(quote(text.sentence(e)))
                    .append(", \"figures\": {");
            int k = 0;
            for (Map.Entry<String, String> f : e.figures().entrySet()) {
                s.append(k++ == 0 ? "" : ", ").append(quote(f.getKey())).append(": ").append(quote(f.getValue()));
            }
            s.append("}}");
        }
        s.append(explanations.isEmpty() ? "],\n" : "\n  ],\n");
        indent(s, 1).append("\"ties\": [");
        for (int i = 0; i < outcome.ties().size(); i++) {
            Tie t = outcome.ties().get(i);
            s.append(i == 0 ? "\n" : ",\n");
            indent(s, 2).append("{\"step\": ").append(t.step()).append(", \"phase\": ").append(quote(t.phase()))
                    .append(", \"candidates\": ").append(list(t.candidates().stream().map(OutcomeJson::quote).toList()))
                    .append(", \"chosen\": ").append(quote(t.chosen())).append('}');
        }
        s.append(outcome.ties().isEmpty() ? "],\n" : "\n  ],\n");
        field(s, 1, "notes", list(outcome.notes().stream().map(OutcomeJson::quote).toList())).append("\n}\n");
        return s.toString();
    }

    /** Money as a JSON number in currency units, exact: {@code 804828.79}. */
    private static String money(Outcome outcome, long amount) {
        return outcome.inCurrency(amount).toPlainString();
    }

    private static StringBuilder field(StringBuilder s, int depth, String name, String json) {
        return indent(s, depth).append(quote(name)).append(": ").append(json);
    }

    private static StringBuilder indent(StringBuilder s, int depth) {
        return s.append("  ".repeat(depth));
    }

    private static String list(List<String> jsonValues) {
        return "[" + String.join(", ", jsonValues) + "]";
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
