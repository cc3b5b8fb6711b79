package nl.wijkfonds.allocation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkfonds.allocation.Completion;
import nl.wijkfonds.allocation.Explanation;
import nl.wijkfonds.allocation.ExplanationText;
import nl.wijkfonds.allocation.Outcome;
import nl.wijkfonds.allocation.Rule;
import nl.wijkfonds.allocation.Rules;
import nl.wijkfonds.allocation.Tie;
import nl.wijkfonds.allocation.TieBreak;
import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibException;
import nl.wijkfonds.allocation.pabulib.PabulibReader;

/**
 * The auditors' recount tool: {@code java -jar wijkfonds-recount.jar --rule mes-cost
 * --completion budget-increase --tie-break project-id FILE.pb}. Prints the chosen project ids in the
 * order they were chosen, one per line; {@code --explain} prints the reasons, {@code --json} a
 * machine-readable outcome. Exit code 0 on success, 2 with a one-line message on bad arguments or bad
 * input. {@link #run} returns the exit code so tests can call it in-process.
 */
public final class Recount {

    static final String USAGE = """
            usage: java -jar wijkfonds-recount.jar --rule RULE [--completion COMPLETION] [--tie-break TIE_BREAK] [--explain] [--json] [--lang LANG] FILE.pb
              RULE        greedy-cost | greedy-cardinality | mes-cost | mes-cardinality | phragmen
              COMPLETION  none (default) | budget-increase | iterated   (MES rules only)
              TIE_BREAK   platform (default: more supporters, lower cost, then a draw seeded by the file's SHA-256)
                          | project-id (ids compared as strings, ascending)
              --explain   print why each project was or was not chosen
              --json      print the outcome as JSON
              LANG        en (default) | nl   language of the reasons with --explain and --json""";

    private Recount() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool and returns its exit code: 0 success, 2 bad arguments or bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("recount: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (arguments.help) {
            out.println(USAGE);
            return 0;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(arguments.file);
        } catch (NoSuchFileException e) {
            err.println("recount: " + arguments.file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println("recount: " + arguments.file + ": cannot read: " + e.getMessage());
            return 2;
        }
        Election election;
        try {
            election = PabulibReader.parse(bytes);
        } catch (PabulibException e) {
            err.println("recount: " + arguments.file + ": " + e.getMessage());
            return 2;
        }
        byte[] sha256 = TieBreak.sha256(bytes);
        TieBreak tieBreak = arguments.tieBreak.equals("platform") ? TieBreak.platform(sha256) : TieBreak.byProjectId();
        Outcome outcome;
        try {
            Rule rule = Rules.byName(arguments.rule, arguments.completion);
            outcome = rule.allocate(election.instance(), election.profile(), tieBreak);
        } catch (IllegalArgumentException e) {
            err.println("recount: " + e.getMessage());
            return 2;
        }
        String digest = HexFormat.of().formatHex(sha256);
        // pabulib files may name their currency; without one, amounts are printed plain
        ExplanationText text = ExplanationText.of(Locale.forLanguageTag(arguments.lang),
                election.instance().meta().getOrDefault("currency", ""));
        if (arguments.json) {
            out.print(OutcomeJson.write(outcome, arguments.file.getFileName().toString(), digest, text));
        } else if (arguments.explain) {
            out.print(explain(outcome, arguments.file.getFileName().toString(), digest, text));
        } else {
            outcome.selected().forEach(p -> out.println(p.id()));
        }
        out.flush();
        return 0;
    }

    static String explain(Outcome outcome, String file, String digest, ExplanationText text) {
        StringBuilder s = new StringBuilder();
        s.append("file       ").append(file).append("\nsha256     ").append(digest)
                .append("\nrule       ").append(outcome.rule())
                .append("\ntie-break  ").append(outcome.tieBreak())
                .append("\nbudget     ").append(outcome.inCurrency(outcome.budget()).toPlainString())
                .append("\nchosen     ").append(text.summary(outcome)).append("\n\n");
        List<Explanation> ordered = new ArrayList<>(outcome.explanations());
        ordered.sort((a, b) -> a.chosen() != b.chosen() ? (a.chosen() ? -1 : 1)
                : a.chosen() ? Integer.compare(a.step(), b.step()) : a.project().id().compareTo(b.project().id()));
        for (Explanation e : ordered) {
            s.append(e.chosen() ? String.format("%4d. ", e.step()) : "   -  ")
                    .append(e.project().id()).append("  (").append(text.phase(e.phase())).append(") ")
                    .append(text.sentence(e)).append('\n');
            for (Map.Entry<String, String> f : e.figures().entrySet()) {
                s.append("         ").append(f.getKey()).append(": ").append(f.getValue()).append('\n');
            }
        }
        if (!outcome.ties().isEmpty()) {
            s.append("\nties broken by ").append(outcome.tieBreak()).append(":\n");
            for (Tie t : outcome.ties()) {
                s.append("  ").append(text.tie(t)).append('\n');
            }
        }
        if (!outcome.notes().isEmpty()) {
            s.append('\n');
            outcome.notes().forEach(n -> s.append(n).append('\n'));
        }
        return s.toString();
    }

    /** The parsed command line. */
    private static final class Arguments {
        String rule;
        Completion completion = Completion.NONE;
        String tieBreak = "platform";
        String lang = "en";
        boolean explain;
        boolean json;
        boolean help;
        Path file;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            List<String> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--rule", "--completion", "--tie-break", "--lang" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(arg + " needs a value");
                            }
                            value = args[++i];
                        }
                        a.set(arg, value);
                    }
                    case "--explain" -> a.explain = true;
                    case "--json" -> a.json = true;
                    case "--help", "-h" -> a.help = true;
                    default -> {
                        if (arg.startsWith("-") && !arg.equals("-")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        files.add(args[i]);
                    }
                }
            }
            if (a.help) {
                return a;
            }
            if (a.rule == null) {
                throw new IllegalArgumentException("--rule is required");
            }
            if (files.size() != 1) {
                throw new IllegalArgumentException(files.isEmpty() ? "no .pb file given" : "give exactly one .pb file");
            }
            a.file = Path.of(files.get(0));
            Rules.byName(a.rule, a.completion); // fails early on an unknown rule or a misplaced completion
            return a;
        }

        private void set(String option, String value) {
            switch (option) {
                case "--rule" -> rule = value;
                case "--completion" -> completion = Completion.byLabel(value);
                case "--lang" -> {
                    if (!ExplanationText.LANGUAGES.contains(value)) {
                        throw new IllegalArgumentException("unknown language '" + value + "' (known: en, nl)");
                    }
                    lang = value;
                }
                default -> {
                    if (!value.equals("platform") && !value.equals("project-id")) {
                        throw new IllegalArgumentException("unknown tie-break '" + value + "' (known: platform, project-id)");
                    }
                    tieBreak = value;
                }
            }
        }
    }
}
