package nl.wijkfonds.community;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.wijkfonds.platform.Settings;
import nl.wijkfonds.shared.Role;

import java.time.Clock;
import java.time.LocalTime;

/**
 * The community's work on the clock: closing support whose days ran out (every ten minutes), and the daily digest
 * (at the hour {@code WIJKFONDS_DIGEST_HOUR}, Amsterdam time). Administrators may run either at once (after an
 * outage, say), which is also how tests run them without waiting; a digest still goes out at most once a day.
 */
@Stateless
public class CommunityJobs {

    @Inject
    private SupportService support;

    @Inject
    private DigestService digests;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void closeSupportOnSchedule() {
        support.closeDueSupport();
    }

    @Schedule(hour = "*", minute = "0", persistent = false)
    void digestsOnSchedule() {
        if (LocalTime.now(clock).getHour() == Settings.digestHour()) {
            digests.sendDigests();
        }
    }

    /** Closes every round's support whose days ran out; how many rounds it closed. */
    @RolesAllowed(Role.ADMIN)
    public int closeDueSupportNow() {
        return support.closeDueSupport();
    }

    /** Sends the digests that are due today now; how many were queued. */
    @RolesAllowed(Role.ADMIN)
    public int sendDigestsNow() {
        return digests.sendDigests();
    }
}
