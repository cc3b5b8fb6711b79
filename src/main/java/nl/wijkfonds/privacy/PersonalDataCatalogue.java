package nl.wijkfonds.privacy;

import java.util.List;

/**
 * Where the platform stores personal data, what for, how long, and who sees it: the source of the privacy statement
 * ({@code /privacy}) and of what a resident downloads and erases. PrivacyIT checks it against the database: every
 * column that holds a resident's address or name is listed here.
 */
public final class PersonalDataCatalogue {

    /** One kind of personal data: the columns it lives in, and message keys for what, why, how long, who. */
    public record Entry(String key, List<String> columns) {

        public String what() {
            return "privacy.data." + key + ".what";
        }

        public String purpose() {
            return "privacy.data." + key + ".purpose";
        }

        public String retention() {
            return "privacy.data." + key + ".retention";
        }

        public String audience() {
            return "privacy.data." + key + ".audience";
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("account", List.of("account.email", "account.display_name", "account.password_hash",
                    "account.language")),
            new Entry("contact", List.of("plan.contact_name", "plan.contact_email", "plan.contact_phone")),
            new Entry("plans", List.of("plan.title", "plan.summary", "plan.description", "plan.location",
                    "plan_file.content")),
            new Entry("sessions", List.of("account_session.client_address", "account_session.user_agent")),
            new Entry("security", List.of("security_event.client_address")),
            new Entry("mail", List.of("mail_message.recipient", "mail_message.text_body", "mail_message.html_body")),
            new Entry("trail", List.of("audit_event.actor", "audit_event.subject_id")));

    private PersonalDataCatalogue() {
    }

    /** Every listed column as "table.column". */
    public static List<String> columns() {
        return ENTRIES.stream().flatMap(e -> e.columns().stream()).toList();
    }
}
