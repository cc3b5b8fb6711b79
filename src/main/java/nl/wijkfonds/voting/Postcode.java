package nl.wijkfonds.voting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dutch postcodes ("1053 AB") as the register and voters write them, compared without space and case. */
public final class Postcode {

    private static final Pattern SPACE = Pattern.compile("\\s");
    /** Four digits, not starting with 0, and two letters; SA, SD and SS are not used (PostNL). */
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}");

    private Postcode() {
    }

    /** "1053AB" for "1053 ab", "1053AB" or " 1053  AB "; empty for anything that is no Dutch postcode. */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String postcode = SPACE.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        return POSTCODE.matcher(postcode).matches() ? Optional.of(postcode) : Optional.empty();
    }

    /**
     * Whether a postcode lies in a neighbourhood's ranges of four-digit postcodes, e.g. "1051-1058, 1060" (the
     * round's set-up checked their form).
     */
    public static boolean inRanges(String postcode, String ranges) {
        int digits = Integer.parseInt(postcode.substring(0, 4));
        for (String range : ranges.split(",")) {
            String[] ends = range.strip().split("\\s*-\\s*");
            if (ends[0].isEmpty()) {
                continue;
            }
            int from = Integer.parseInt(ends[0]);
            int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
            if (digits >= from && digits <= to) {
                return true;
            }
        }
        return false;
    }
}
