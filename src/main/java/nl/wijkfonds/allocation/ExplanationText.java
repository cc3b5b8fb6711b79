package nl.wijkfonds.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Puts a {@link Reason} into words a resident understands, in Dutch or English: "Gekozen in stap 3: de
 * 412 stemmers betaalden elk hoogstens € 21,40" / "Chosen in step 3: its 412 supporters each paid at most
 * € 21.40". The sentences live in {@code explanations_nl.properties} and {@code explanations_en.properties}
 * next to this class (a plain {@link ResourceBundle}, so the engine needs nothing but Java). Money is
 * rounded to cents for reading (whole amounts without cents); the exact values stay in
 * {@link Reason#figures()}. Immutable, so one instance per language can be shared.
 */
public final class ExplanationText {

    /** The languages there are sentences for; any other locale gets Dutch, the platform's language. */
    public static final List<String> LANGUAGES = List.of("nl", "en");

    private static final String BUNDLE = "nl.wijkfonds.allocation.explanations";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final String currency;

    private ExplanationText(Locale locale, String currency) {
        this.locale = locale;
        this.currency = currency;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Sentences in the locale's language (Dutch unless English is asked for), money in euros. */
    public static ExplanationText of(Locale locale) {
        return of(locale, "€");
    }

    /**
     * Sentences in the locale's language, money with this currency symbol before it ("€", "PLN"); an empty
     * symbol prints plain amounts (a pabulib file that names no currency).
     */
    public static ExplanationText of(Locale locale, String currency) {
        String language = locale.getLanguage().equals("en") ? "en" : "nl";
        return new ExplanationText(Locale.forLanguageTag(language), currency == null ? "" : currency.strip());
    }

    /** The language of the sentences: "nl" or "en". */
    public String language() {
        return locale.getLanguage();
    }

    /** Why the project was or was not chosen, as one sentence. */
    public String sentence(Explanation explanation) {
        return sentence(explanation.reason(), explanation.step());
    }

    /** The sentence for a reason; {@code step} is where a chosen project was chosen (ignored otherwise). */
    public String sentence(Reason reason, int step) {
        if (reason instanceof Reason.BoughtWithEqualShares r) {
            String text = format(r.code(), step, r.supporters(), money(r.maxPayment()));
            return r.paidAllTheyHad() == 0 ? text : text + "; " + format(r.code() + ".paid-all", r.paidAllTheyHad());
        } else if (reason instanceof Reason.CostsNothing r) {
            return format(r.code(), step, r.supporters());
        } else if (reason instanceof Reason.SupportersCannotAfford r) {
            return format(r.code(), r.supporters(), money(r.moneyLeft()), money(r.cost()));
        } else if (reason instanceof Reason.FitsBudget r) {
            return format(r.code(), step, money(r.budgetLeft()), money(r.cost()));
        } else if (reason instanceof Reason.DoesNotFitBudget r) {
            return format(r.code(), money(r.budgetLeft()), money(r.cost()));
        } else if (reason instanceof Reason.LowestLoad r) {
            return format(r.code(), step, r.supporters());
        } else if (reason instanceof Reason.FitsWithoutSupporters r) {
            return format(r.code(), step);
        } else if (reason instanceof Reason.CostsMoreThanBudget r) {
            return format(r.code(), money(r.cost()), money(r.budget()));
        } else if (reason instanceof Reason.RuleStoppedHere r) {
            return format(r.code(), money(r.budgetLeft()), money(r.cost()));
        } else if (reason instanceof Reason.NotReached r) {
            return format(r.code(), r.stoppedAt());
        }
        return format(reason.code()); // NobodySupports, NotConsidered: no figures in the sentence
    }

    /** The part of the rule that decided, in words: "gelijke delen", "most votes first", ... */
    public String phase(String phase) {
        String key = "phase." + phase;
        return bundle.containsKey(key) ? bundle.getString(key) : phase;
    }

    /** A tie the tie-break decided, in one sentence. */
    public String tie(Tie tie) {
        return format("tie", tie.step(), String.join(", ", tie.candidates()), tie.chosen());
    }

    /** How many plans were chosen, what they cost together and what is left of the budget. */
    public String summary(Outcome outcome) {
        return format("summary", outcome.selected().size(), money(outcome.inCurrency(outcome.totalCost())),
                money(outcome.inCurrency(outcome.budget() - outcome.totalCost())));
    }

    /** An amount of money for reading: "€ 12.000", "€ 21,40" (nl) or "€ 12,000", "€ 21.40" (en). */
    public String money(Fraction amount) {
        return money(new BigDecimal(amount.numerator()).divide(new BigDecimal(amount.denominator()), 2,
                RoundingMode.HALF_UP));
    }

    /** An amount of money for reading, rounded to cents; whole amounts without cents. */
    public String money(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = cents.signum() == 0 || cents.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(locale));
        String number = format.format(cents);
        return currency.isEmpty() ? number : currency + " " + number;
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
