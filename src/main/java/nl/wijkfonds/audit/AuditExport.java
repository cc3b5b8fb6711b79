package nl.wijkfonds.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import nl.wijkfonds.audit.chain.ChainHead;
import nl.wijkfonds.audit.chain.SignedHead;
import nl.wijkfonds.audit.chain.TrailExport;
import nl.wijkfonds.shared.Role;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The auditors' export of the whole trail ({@link TrailExport}): every event, the stored head, every signed head
 * plus one signed now for the export's own end (so the whole export verifies with the public key alone), and the
 * public key; never the trail key. Read in one transaction: one consistent state, without holding up writers.
 * Each export is recorded in the security log ({@link TrailExported}).
 */
@Stateless
public class AuditExport {

    static final String OCCASION = "export";

    @Inject
    private AuditLog auditLog;

    @Inject
    private SignedHeads signedHeads;

    @Inject
    private Signatures signatures;

    @Inject
    private Event<TrailExported> exported;

    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    public void write(OutputStream out) throws IOException {
        ChainHead head = auditLog.head(false);
        exported.fire(new TrailExported(head.events()));
        List<SignedHead> signed = new ArrayList<>(signedHeads.all());
        signed.add(signedHeads.signedNow(head, OCCASION));
        TrailExport.Writer export = new TrailExport.Writer(out);
        try {
            auditLog.forEachEvent(event -> {
                try {
                    export.event(event.chained());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        export.finish(head, signed, signatures.publicKey());
    }
}
