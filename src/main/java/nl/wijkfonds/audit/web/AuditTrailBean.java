package nl.wijkfonds.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.audit.AuditEvent;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.audit.chain.TrailCheck;

import java.util.List;

/** The auditors' view of the newest audit events and of the whole trail's check. */
@Named("auditTrail")
@RequestScoped
public class AuditTrailBean {

    static final int PAGE_SIZE = 200;

    @Inject
    private AuditLog auditLog;

    private List<AuditEvent> events;
    private TrailCheck.TrailReport report;
    private List<String> excessRights;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = auditLog.latest(PAGE_SIZE);
        }
        return events;
    }

    /** The application's database rights on the trail beyond adding and reading; empty as it should be. */
    public List<String> getExcessRights() {
        if (excessRights == null) {
            excessRights = auditLog.rightsBeyondAppending();
        }
        return excessRights;
    }

    /** The same, as one line of text. */
    public String getExcessRightsText() {
        return String.join(", ", getExcessRights());
    }

    public TrailCheck.TrailReport getReport() {
        if (report == null) {
            report = auditLog.verify();
        }
        return report;
    }
}
