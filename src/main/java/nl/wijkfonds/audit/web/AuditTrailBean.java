package nl.wijkfonds.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.audit.AuditEvent;
import nl.wijkfonds.audit.AuditLog;

import java.util.List;

/** The auditors' view of the newest audit events. */
@Named("auditTrail")
@RequestScoped
public class AuditTrailBean {

    static final int PAGE_SIZE = 200;

    @Inject
    private AuditLog auditLog;

    private List<AuditEvent> events;
    private AuditLog.ChainCheck chain;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = auditLog.latest(PAGE_SIZE);
        }
        return events;
    }

    public AuditLog.ChainCheck getChain() {
        if (chain == null) {
            chain = auditLog.verifyChain();
        }
        return chain;
    }
}
