package nl.wijkfonds.voting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The characters of voting codes and receipts: 23 that cannot be taken for one another when read from paper or
 * typed (no 0/O/Q/D-like pairs beyond D, no 1/I/L, 2/Z, 5/S, 8/B, U/V). 23 is prime, which makes the check
 * character of a voting code catch every single wrong character and every swap of two characters (see
 * {@link #checkCharacter}). The same rules run in the voter's browser (resources/js/voting-code.js).
 */
public final class CodeAlphabet {

    public static final String SYMBOLS = "34679ACDEFGHJKMNPRTVWXY";

    /** Characters of a voting code before its check character: 23^9 ≈ 1.8 × 10^12 possible codes. */
    public static final int CODE_LENGTH = 9;

    public static final int RECEIPT_LENGTH = 12;

    private static final int BASE = SYMBOLS.length();

    /** What people type between groups of characters, and we ignore. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private CodeAlphabet() {
    }

    /** A new voting code: nine random characters and the check character, as ten characters without spaces. */
    public static String newCode() {
        String body = random(CODE_LENGTH);
        return body + checkCharacter(body);
    }

    /** A new receipt code (12 random characters, about 5.6 × 10^16 possibilities). */
    public static String newReceipt() {
        return random(RECEIPT_LENGTH);
    }

    /** A code as printed: two groups of five, e.g. "3A7CD-EF9GH". */
    public static String grouped(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /**
     * The weighted sum of the characters' values (weights 1, 2, 3, …) modulo 23, as a character. Since the weights
     * are distinct and non-zero modulo the prime 23, changing one character or swapping any two of them changes the sum.
     */
    public static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum = (sum + (i + 1) * SYMBOLS.indexOf(body.charAt(i))) % BASE;
        }
        return SYMBOLS.charAt(sum);
    }

    /**
     * The code someone typed, without spaces and dashes and in capitals, when it has the right length, only our
     * characters and a matching check character; empty otherwise.
     */
    public static Optional<String> readCode(String typed) {
        String code = normalised(typed);
        if (code.length() != CODE_LENGTH + 1 || !onlySymbols(code)) {
            return Optional.empty();
        }
        String body = code.substring(0, CODE_LENGTH);
        return checkCharacter(body) == code.charAt(CODE_LENGTH) ? Optional.of(code) : Optional.empty();
    }

    /** A receipt as someone typed it, normalised; empty when it cannot be one. */
    public static Optional<String> readReceipt(String typed) {
        String receipt = normalised(typed);
        return receipt.length() == RECEIPT_LENGTH && onlySymbols(receipt) ? Optional.of(receipt) : Optional.empty();
    }

    private static String normalised(String typed) {
        return typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static boolean onlySymbols(String text) {
        return text.chars().allMatch(c -> SYMBOLS.indexOf(c) >= 0);
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(SYMBOLS.charAt(Randomness.RANDOM.nextInt(BASE)));
        }
        return text.toString();
    }
}
