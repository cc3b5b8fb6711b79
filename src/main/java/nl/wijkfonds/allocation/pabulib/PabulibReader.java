package nl.wijkfonds.allocation.pabulib;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.wijkfonds.allocation.Ballot;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Profile;
import nl.wijkfonds.allocation.Project;

/**
 * Reads a pabulib {@code .pb} file: a META section (key;value, needs {@code budget} and
 * {@code vote_type}), a PROJECTS section (needs {@code project_id} and {@code cost}; optional
 * {@code name}, {@code category}/{@code categories}, {@code target}/{@code targets}) and a VOTES section
 * (needs {@code vote}; {@code points} for cumulative ballots). Vote types: approval, choose-1, cumulative,
 * ordinal, and our own knapsack. A field reading {@code None} counts as absent, as in the reference
 * parser. Anything else that is wrong stops the reading with a {@link PabulibException} naming the line.
 */
public final class PabulibReader {

    private PabulibReader() {
    }

    public static Election read(Path file) throws IOException, PabulibException {
        return parse(Files.readAllBytes(file));
    }

    /** Reads UTF-8 pabulib text (a leading byte-order mark is allowed). */
    public static Election parse(byte[] bytes) throws PabulibException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PabulibException(1, "the file is not valid UTF-8 text");
        }
        return parse(text);
    }

    public static Election parse(String text) throws PabulibException {
        return new Parser().parse(CsvRows.split(text));
    }

    private static final class Parser {
        private final Map<String, String> meta = new LinkedHashMap<>();
        /** Projects as read, with exact decimal costs; scaled to whole amounts once all are known. */
        private final List<ProjectRow> projects = new ArrayList<>();
        private final Map<String, BigDecimal> costs = new HashMap<>();
        private final List<Ballot> ballots = new ArrayList<>();
        private BallotKind kind;
        private BigDecimal budget;
        private int budgetLine;
        private boolean sawProjects;

        Election parse(List<CsvRows.Row> rows) throws PabulibException {
            String section = "";
            List<String> header = List.of();
            int headerLine = 0;
            int lastLine = 1;
            for (int r = 0; r < rows.size(); r++) {
                CsvRows.Row row = rows.get(r);
                lastLine = row.line();
                if (row.fields().size() == 1 && row.field(0).isBlank()) {
                    continue;
                }
                String first = row.field(0).strip().toLowerCase(Locale.ROOT);
                if (row.fields().size() == 1 && (first.equals("meta") || first.equals("projects") || first.equals("votes"))) {
                    if (first.equals("votes")) {
                        startVotes(row.line());
                    }
                    section = first;
                    sawProjects |= first.equals("projects");
                    if (r + 1 >= rows.size()) {
                        throw new PabulibException(row.line(), "section " + first.toUpperCase(Locale.ROOT) + " has no header line");
                    }
                    CsvRows.Row h = rows.get(++r);
                    header = h.fields().stream().map(String::strip).toList();
                    headerLine = h.line();
                    checkHeader(section, header, headerLine);
                    continue;
                }
                switch (section) {
                    case "meta" -> meta(row);
                    case "projects" -> project(row, header);
                    case "votes" -> vote(row, header);
                    default -> throw new PabulibException(row.line(), "expected META, PROJECTS or VOTES, found '" + row.field(0) + "'");
                }
            }
            if (!sawProjects) {
                throw new PabulibException(lastLine, "the file has no PROJECTS section");
            }
            if (kind == null) {
                startVotes(lastLine);
            }
            Instance instance = instance();
            try {
                return new Election(instance, new Profile(instance, kind, ballots));
            } catch (IllegalArgumentException e) {
                throw new PabulibException(lastLine, e.getMessage());
            }
        }

        private void checkHeader(String section, List<String> header, int line) throws PabulibException {
            List<String> required = switch (section) {
                case "projects" -> List.of("project_id", "cost");
                case "votes" -> List.of("vote");
                default -> List.of();
            };
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new PabulibException(line, section.toUpperCase(Locale.ROOT) + " header has no '" + column + "' column");
                }
            }
        }

        private void meta(CsvRows.Row row) throws PabulibException {
            if (row.fields().size() < 2) {
                throw new PabulibException(row.line(), "a META line needs a key and a value separated by ';'");
            }
            String key = row.field(0).strip();
            String value = row.field(1).strip();
            meta.put(key, value);
            if (key.equals("budget")) {
                budget = amount(value, row.line(), "budget");
                budgetLine = row.line();
            }
        }

        /** The budget and the vote type must be known before the first ballot. */
        private void startVotes(int line) throws PabulibException {
            if (budget == null) {
                throw new PabulibException(line, "META has no budget");
            }
            String type = meta.get("vote_type");
            if (type == null) {
                throw new PabulibException(line, "META has no vote_type");
            }
            kind = switch (type.toLowerCase(Locale.ROOT)) {
                case "approval", "choose-1" -> BallotKind.APPROVAL;
                case "cumulative" -> BallotKind.CUMULATIVE;
                case "ordinal" -> BallotKind.RANKING;
                case "knapsack" -> BallotKind.KNAPSACK;
                default -> throw new PabulibException(line, "vote_type '" + type
                        + "' is not supported (approval, choose-1, cumulative, ordinal, knapsack)");
            };
        }

        private Map<String, String> fields(CsvRows.Row row, List<String> header) throws PabulibException {
            if (row.fields().size() > header.size()) {
                throw new PabulibException(row.line(), "has " + row.fields().size() + " fields, the header has "
                        + header.size());
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < row.fields().size(); i++) {
                String value = row.field(i).strip();
                if (!value.equalsIgnoreCase("none")) {
                    values.put(header.get(i), value);
                }
            }
            return values;
        }

        private void project(CsvRows.Row row, List<String> header) throws PabulibException {
            Map<String, String> f = fields(row, header);
            String id = f.get("project_id");
            if (id == null || id.isEmpty()) {
                throw new PabulibException(row.line(), "project has no project_id");
            }
            if (costs.containsKey(id)) {
                throw new PabulibException(row.line(), "project " + id + " appears twice");
            }
            String costText = f.get("cost");
            if (costText == null) {
                throw new PabulibException(row.line(), "project " + id + " has no cost");
            }
            BigDecimal cost = amount(costText, row.line(), "cost of project " + id);
            String categories = f.containsKey("category") ? f.get("category") : f.get("categories");
            String targets = f.containsKey("target") ? f.get("target") : f.get("targets");
            projects.add(new ProjectRow(row.line(), id, cost, f.get("name"), commaSet(categories), commaSet(targets),
                    f.getOrDefault("neighbourhood", f.get("subunit"))));
            costs.put(id, cost);
        }

        private void vote(CsvRows.Row row, List<String> header) throws PabulibException {
            Map<String, String> f = fields(row, header);
            List<String> named = new ArrayList<>();
            String vote = f.getOrDefault("vote", "");
            for (String entry : vote.split(",", -1)) {
                String id = entry.strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (!costs.containsKey(id)) {
                    throw new PabulibException(row.line(), "vote names project '" + id + "', which is not in PROJECTS");
                }
                named.add(id);
            }
            ballots.add(switch (kind) {
                case APPROVAL -> new Ballot.Approval(new LinkedHashSet<>(named), 1);
                case KNAPSACK -> knapsack(named, row.line());
                case RANKING -> ordinal(named, row.line());
                case CUMULATIVE -> cumulative(named, f.get("points"), row.line());
            });
        }

        private Ballot knapsack(List<String> named, int line) throws PabulibException {
            Set<String> set = new LinkedHashSet<>(named);
            BigDecimal total = BigDecimal.ZERO;
            for (String id : set) {
                total = total.add(costs.get(id));
            }
            if (total.compareTo(budget) > 0) {
                throw new PabulibException(line, "knapsack vote costs " + total.stripTrailingZeros().toPlainString()
                        + ", more than the budget " + budget.stripTrailingZeros().toPlainString());
            }
            return new Ballot.Knapsack(set, 1);
        }

        private Ballot ordinal(List<String> named, int line) throws PabulibException {
            if (new LinkedHashSet<>(named).size() != named.size()) {
                throw new PabulibException(line, "the ranking names a project twice");
            }
            return new Ballot.Ordinal(named, 1);
        }

        private Ballot cumulative(List<String> named, String pointsText, int line) throws PabulibException {
            Map<String, Long> points = new LinkedHashMap<>();
            if (named.isEmpty()) {
                return new Ballot.Cumulative(points, 1);
            }
            if (pointsText == null) {
                throw new PabulibException(line, "cumulative vote has no points");
            }
            String[] parts = pointsText.split(",", -1);
            if (parts.length != named.size()) {
                throw new PabulibException(line, "vote names " + named.size() + " projects but gives "
                        + parts.length + " points");
            }
            for (int i = 0; i < parts.length; i++) {
                long value = wholeNumber(parts[i].strip(), line, "points for project " + named.get(i));
                // a project named twice keeps its first place and its last points, as in the reference parser
                points.put(named.get(i), value);
            }
            return new Ballot.Cumulative(points, 1);
        }

        private static Set<String> commaSet(String text) {
            Set<String> set = new LinkedHashSet<>();
            if (text != null) {
                for (String entry : text.split(",")) {
                    if (!entry.isBlank()) {
                        set.add(entry.strip());
                    }
                }
            }
            return set;
        }

        /**
         * The instance with every amount as a whole number of its smallest unit: as many decimals as the
         * most precise amount of the file needs (trailing zeros do not count), so every amount is exact.
         */
        private Instance instance() throws PabulibException {
            int decimals = budget.stripTrailingZeros().scale();
            for (ProjectRow p : projects) {
                decimals = Math.max(decimals, p.cost().stripTrailingZeros().scale());
            }
            decimals = Math.max(0, decimals);
            if (decimals > Instance.MAX_DECIMALS) {
                throw new PabulibException(budgetLine, "amounts with more than " + Instance.MAX_DECIMALS
                        + " decimals are not supported");
            }
            List<Project> scaled = new ArrayList<>();
            for (ProjectRow p : projects) {
                scaled.add(new Project(p.id(), scaled(p.cost(), decimals, p.line(), "cost of project " + p.id()),
                        p.name(), p.categories(), p.targets(), p.neighbourhood()));
            }
            return new Instance(scaled, scaled(budget, decimals, budgetLine, "budget"), decimals, meta);
        }

        private static long scaled(BigDecimal amount, int decimals, int line, String what) throws PabulibException {
            try {
                return amount.movePointRight(decimals).longValueExact();
            } catch (ArithmeticException e) {
                throw new PabulibException(line, what + " " + amount.toPlainString() + " is too large to count in units of "
                        + BigDecimal.ONE.movePointLeft(decimals).toPlainString());
            }
        }

        /**
         * A non-negative amount with any number of decimals, exactly; the decimal separator may be a point
         * or a comma, as the reference parser reads it: "1500", "1500.00", "804828.79" and "12,5" are accepted.
         */
        private static BigDecimal amount(String text, int line, String what) throws PabulibException {
            String t = text.strip().replace(',', '.');
            if (!AMOUNT.matcher(t).matches()) {
                throw new PabulibException(line, what + " '" + text + "' is not an amount");
            }
            return new BigDecimal(t);
        }

        private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

        private record ProjectRow(int line, String id, BigDecimal cost, String name, Set<String> categories,
                                  Set<String> targets, String neighbourhood) {
        }

        /** A non-negative whole number; "3", "3.0" and "3,00" are accepted, "1.5" is not. */
        private static long wholeNumber(String text, int line, String what) throws PabulibException {
            String t = text.strip().replace(',', '.');
            int dot = t.indexOf('.');
            if (dot >= 0) {
                String fraction = t.substring(dot + 1);
                if (!fraction.chars().allMatch(c -> c == '0')) {
                    throw new PabulibException(line, what + " '" + text + "' is not a whole number");
                }
                t = t.substring(0, dot);
            }
            if (t.isEmpty() || !t.chars().allMatch(Character::isDigit) || t.length() > 18) {
                throw new PabulibException(line, what + " '" + text + "' is not a whole number");
            }
            return Long.parseLong(t);
        }
    }
}
