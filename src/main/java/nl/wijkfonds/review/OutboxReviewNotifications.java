package nl.wijkfonds.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.notify.Outbox;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.platform.Settings;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Tells the submitter of every decision about their plan by e-mail ({@code mail/review-decision_*}), through the
 * outbox in the decision's own transaction: the outcome, every reason, the adjusted cost, and what they can do next,
 * in the submitter's language.
 */
@ApplicationScoped
public class OutboxReviewNotifications implements ReviewNotifications {

    @Inject
    private Outbox outbox;

    @Override
    public void decisionTookEffect(Review review, ReviewDecision decision) {
        Plan plan = review.getPlan();
        Account submitter = plan.getSubmitter();
        Locale language = Languages.byTag(submitter.getLanguage().getLanguage());
        ResourceBundle messages = Languages.messages(language);
        outbox.enqueue(submitter.getEmail(), "review-decision", language, Map.of(
                "name", submitter.getDisplayName(),
                "title", plan.getTitle(),
                "outcome", messages.getString(decision.getOutcome().messageKey()),
                "reasons", reasons(decision, messages, language),
                "next", next(review, decision, messages, language),
                "link", Settings.baseUrl() + "plannen/" + plan.getId() + "-" + plan.getSlug()));
    }

    /** Every criterion the plan falls short of, with its reason, and the adjusted cost; or that it meets them all. */
    private static String reasons(ReviewDecision decision, ResourceBundle messages, Locale language) {
        String lines = decision.verdictLines().stream()
                .filter(line -> line.verdict().needsReason())
                .map(line -> "- " + line.criterion() + " (" + messages.getString(line.verdict().messageKey())
                        + "): " + line.reason())
                .collect(Collectors.joining("\n"));
        if (lines.isEmpty()) {
            lines = messages.getString("review.mail.allMet");
        }
        if (decision.getAdjustedCost() != null) {
            lines += "\n" + format(messages, "review.mail.cost", decision.getOriginalCost().format(language),
                    decision.getAdjustedCost().format(language), decision.getCostReason());
        }
        return lines;
    }

    private static String next(Review review, ReviewDecision decision, ResourceBundle messages, Locale language) {
        long planId = review.getPlan().getId();
        return switch (decision.getOutcome()) {
            case ELIGIBLE -> format(messages, "review.mail.next.eligible",
                    review.getPlan().getBallotCost().format(language));
            case CHANGES_REQUESTED -> format(messages, "review.mail.next.changes",
                    date(decision.getChangesDueOn(), language), Settings.baseUrl() + "account/plan?id=" + planId);
            case INELIGIBLE -> decision.getStage() == ReviewStage.APPEAL
                    ? messages.getString("review.mail.next.final")
                    : format(messages, "review.mail.next.appeal", date(review.appealDeadline(), language),
                    Settings.baseUrl() + "account/appeal?id=" + planId);
        };
    }

    private static String format(ResourceBundle messages, String key, Object... values) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(values);
    }

    private static String date(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Languages.forDates(language))
                .format(date);
    }
}
