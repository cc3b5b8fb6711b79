package nl.wijkfonds.results;

import nl.wijkfonds.allocation.Explanation;
import nl.wijkfonds.allocation.ExplanationText;
import nl.wijkfonds.platform.Languages;

import java.text.MessageFormat;
import java.util.Map;

/**
 * The one place where the engine's explanation of a plan becomes what a result stores: the reason's stable code,
 * its exact figures, and the engine's own Dutch and English sentence ({@link ExplanationText}). A ballot nobody voted
 * on is not run through the engine; its plans get the platform's own reason {@link #NO_BALLOTS}.
 */
final class ExplanationWords {

    /** The reason of a plan on a ballot nobody voted on: the engine does not run, nothing is chosen. */
    static final String NO_BALLOTS = "no-ballots";

    private static final ExplanationText DUTCH = ExplanationText.of(Languages.DUTCH);
    private static final ExplanationText ENGLISH = ExplanationText.of(Languages.ENGLISH);

    private ExplanationWords() {
    }

    record Words(String reason, Map<String, String> figures, String nl, String en) {
    }

    static Words of(Explanation explanation) {
        return new Words(explanation.reason().code(), explanation.figures(), DUTCH.sentence(explanation),
                ENGLISH.sentence(explanation));
    }

    /** The words for a plan on a ballot without any votes. */
    static Words noBallots() {
        return new Words(NO_BALLOTS, Map.of(), text(Languages.DUTCH), text(Languages.ENGLISH));
    }

    private static String text(java.util.Locale language) {
        return new MessageFormat(Languages.messages(language).getString("results.reason." + NO_BALLOTS), language)
                .format(new Object[0]);
    }
}
