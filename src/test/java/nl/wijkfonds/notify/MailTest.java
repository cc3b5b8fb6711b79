package nl.wijkfonds.notify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates in both languages, and the outbox row's life cycle: retry with back-off, give up, never resend. */
class MailTest {

    private static final Map<String, String> VALUES = Map.of("name", "<b>Piet</b> & Co",
            "link", "http://localhost:8080/verify.xhtml?token=abc&x=1");

    @Test
    void everyTemplateRendersInDutchAndEnglishWithValuesEscapedInHtml() {
        for (String template : new String[]{"verify-email", "account-exists", "password-reset", "password-changed",
                "staff-invitation"}) {
            for (Locale language : new Locale[]{Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
                MailTemplates.Rendered mail = MailTemplates.render(template, language,
                        Map.of("name", VALUES.get("name"), "link", VALUES.get("link"), "role", "Ambtenaar"));
                assertFalse(mail.subject().isBlank());
                assertTrue(mail.text().contains("<b>Piet</b> & Co"), "plain text as typed");
                assertTrue(mail.html().contains("&lt;b&gt;Piet&lt;/b&gt; &amp; Co"), mail.html());
                assertFalse(mail.html().contains("<b>Piet"), "no markup from values in HTML");
                assertTrue(mail.html().contains("lang=\"" + language.getLanguage() + "\""));
            }
        }
        assertEquals("Confirm your e-mail address for Wijkfonds",
                MailTemplates.render("verify-email", Locale.ENGLISH, VALUES).subject());
        assertEquals("Bevestig uw e-mailadres voor Wijkfonds",
                MailTemplates.render("verify-email", Locale.GERMAN, VALUES).subject(), "other languages get Dutch");
    }

    @Test
    void aMissingValueOrTemplateFailsAtOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> MailTemplates.render("verify-email", Locale.ENGLISH, Map.of("name", "Piet")));
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("no-such", Locale.ENGLISH, VALUES));
    }

    @Test
    void aFailedAttemptWaitsLongerEachTimeAndGivesUpAfterTheLast() {
        MailMessage message = message();
        Instant now = Instant.parse("2027-01-11T09:00:00Z");
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt < MailMessage.MAX_ATTEMPTS; attempt++) {
            message.claim(now);
            message.attemptFailed(now, "connection refused");
            assertEquals(MailMessage.Status.PENDING, message.getStatus());
            Duration wait = Duration.between(now, message.getNextAttemptAt());
            assertTrue(wait.compareTo(previous) >= 0 && wait.compareTo(MailMessage.LONGEST_WAIT) <= 0, wait.toString());
            previous = wait;
        }
        assertEquals(Duration.ofSeconds(30), MailMessage.waitAfter(1));
        assertEquals(Duration.ofHours(1), MailMessage.waitAfter(20));
        message.claim(now);
        message.attemptFailed(now, "connection refused");
        assertEquals(MailMessage.Status.FAILED, message.getStatus());
    }

    @Test
    void aSentOrInterruptedMessageIsNeverClaimedAgainAndASentOneLosesItsBodies() {
        MailMessage sent = message();
        sent.claim(Instant.now());
        sent.sent(Instant.now());
        assertNull(sent.getTextBody());
        assertNull(sent.getHtmlBody());
        assertThrows(IllegalStateException.class, () -> sent.claim(Instant.now()));

        MailMessage interrupted = message();
        interrupted.claim(Instant.now());
        interrupted.interrupted();
        assertEquals(MailMessage.Status.FAILED, interrupted.getStatus());
        assertThrows(IllegalStateException.class, () -> interrupted.claim(Instant.now()));
    }

    private static MailMessage message() {
        return new MailMessage("piet@example.nl", "verify-email", "nl",
                MailTemplates.render("verify-email", Locale.ENGLISH, VALUES), Instant.now());
    }
}
