package nl.wijkfonds.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Everything the platform holds about one person, as they download it (JSON) and read it on their page. */
public record PersonalData(Instant exportedAt, AccountData account, List<PlanData> plans,
                           List<SessionData> sessions, List<SecurityData> securityEvents) {

    public record AccountData(String publicId, String email, String name, String language, Set<String> roles,
                              Instant createdAt, boolean verified) {
    }

    public record PlanData(long id, String title, String status, String organisation, String contactName,
                           String contactEmail, String contactPhone, Instant createdAt, Instant submittedAt) {
    }

    public record SessionData(Instant startedAt, Instant lastSeenAt, String clientAddress, String userAgent) {
    }

    public record SecurityData(Instant occurredAt, String kind, String clientAddress) {
    }
}
