package nl.wijkfonds.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.wijkfonds.audit.TrailExported;

/** Every download of the whole audit trail goes into the security log, like every other export of personal data. */
@ApplicationScoped
public class AuditExportLogging {

    @Inject
    private SecurityLog securityLog;

    void onExport(@Observes TrailExported export) {
        securityLog.record(SecurityEventKind.PERSONAL_DATA_EXPORTED, null,
                "audit trail, " + export.events() + " events");
    }
}
