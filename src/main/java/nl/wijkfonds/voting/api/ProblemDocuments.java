package nl.wijkfonds.voting.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Violation;
import nl.wijkfonds.voting.VoteRefused;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static nl.wijkfonds.shared.Jsons.JSON;

/** RFC 9457 problem documents for the vote API, their texts from the message bundles in the caller's language. */
final class ProblemDocuments {

    private ProblemDocuments() {
    }

    static Response refusal(VoteRefused refused, Locale locale) {
        String type = switch (refused.reason()) {
            case WRONG_CODE -> "wrong-code";
            case USED -> "code-used";
            case CLOSED -> "voting-closed";
            case THROTTLED -> "throttled";
        };
        Response.ResponseBuilder response = builder(refused.reason().status(), type,
                text(locale, refused.messageKey(), refused.arguments()), List.of(), locale);
        if (refused.reason() == VoteRefused.Reason.THROTTLED && !refused.arguments().isEmpty()) {
            long amount = ((Number) refused.arguments().get(0)).longValue();
            response.header("Retry-After", refused.messageKey().endsWith("Minutes") ? amount * 60 : amount);
        }
        return response.build();
    }

    /** 400 with every problem of the ballot. */
    static Response invalid(DomainException invalid, Locale locale) {
        return builder(400, "invalid-ballot", text(locale, "voting.api.invalid", List.of()), invalid.violations(),
                locale).build();
    }

    static Response response(int status, String type, String detailKey, List<Violation> errors, Locale locale) {
        return builder(status, type, text(locale, detailKey, List.of()), errors, locale).build();
    }

    private static Response.ResponseBuilder builder(int status, String type, String detail, List<Violation> errors,
                                                    Locale locale) {
        var problem = JSON.createObjectBuilder()
                .add("type", "https://wijkfonds.nl/problems/" + type)
                .add("title", text(locale, "voting.problem." + type, List.of()))
                .add("status", status)
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder()
                    .add("pointer", "/" + (e.property() == null ? "" : e.property()))
                    .add("detail", text(locale, e.messageKey(), e.arguments()))));
            problem.add("errors", list);
        }
        return Response.status(status).type(BallotResource.PROBLEM + ";charset=UTF-8")
                .header("Cache-Control", "no-store").entity(problem.build().toString());
    }

    private static String text(Locale locale, String key, List<Object> arguments) {
        ResourceBundle messages = Languages.messages(locale);
        String pattern = messages.getString(key);
        return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
    }
}
