package nl.wijkfonds.community;

import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Residents;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static nl.wijkfonds.testing.TestDatabase.count;

/** The community's pages as they are posted, and the residents the community tests share (registered once). */
final class CommunityPages {

    static final String PASSWORD = "steun-en-reactie-2027";

    private static final Map<String, FacesClient> RESIDENTS = new ConcurrentHashMap<>();

    private CommunityPages() {
    }

    /** A verified, signed-in resident, registered at the first call with this address. */
    static FacesClient resident(URL base, String email) {
        return RESIDENTS.computeIfAbsent(email, address -> Residents.registered(base, address,
                "Bewoner " + address.substring(0, address.indexOf('@')), PASSWORD));
    }

    static String planPath(long planId) {
        return "plannen/" + planId;
    }

    /** Presses the support button ("support" or "withdraw") on the plan's page. */
    static Page pressSupport(FacesClient resident, long planId, String button) {
        Page page = resident.get(planPath(planId));
        return resident.submit(page, "support", button, Map.of());
    }

    /** Writes a comment through the plan's page at {@code path} (with {@code ?antwoord=} to reply). */
    static Page comment(FacesClient resident, String path, String body) {
        return comment(resident, resident.get(path), body);
    }

    static Page comment(FacesClient resident, Page page, String body) {
        return resident.submit(page, "comment", "send", Map.of("body", body));
    }

    static long supporters(long planId) {
        return count("select count(*) from plan_support where plan_id = ?", planId);
    }
}
