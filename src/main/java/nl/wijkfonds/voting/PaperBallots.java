package nl.wijkfonds.voting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static nl.wijkfonds.shared.Jsons.JSON;

/**
 * Paper ballots, entered at a library or information point by an assistant for a voter who brings their letter and
 * a filled-in paper ballot, and cast only once a second assistant confirmed the entry against the paper (four eyes).
 * Until then the entry holds the code's hash and the choices, nothing else; confirming casts it exactly as an online
 * vote and deletes the entry. That the ballot came in on paper is recorded in the audit log as an event of the
 * round, without the ballot (see docs/ballot-secrecy.md).
 */
@Stateless
@RolesAllowed(Role.ASSISTANT)
public class PaperBallots {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VotingService voting;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SecurityContext securityContext;

    /** An entry waiting for a second assistant: its choices, and whether the caller made it. */
    public record Pending(String id, List<Choice> choices, boolean mine) {
    }

    /** Checks the paper vote as an online one and keeps it for a second assistant to confirm. */
    public void enter(long roundId, CastCommand vote) {
        String hash = voting.checkPaper(roundId, vote);
        if (((Number) em.createNativeQuery("select count(*) from paper_entry where code_hash = ?")
                .setParameter(1, hash).getSingleResult()).longValue() > 0) {
            throw new DomainException("voting.paper.pending", "code");
        }
        em.createNativeQuery("insert into paper_entry (id, round_id, code_hash, choices, entered_by)"
                        + " values (?, ?, ?, ?, ?)")
                .setParameter(1, HexFormat.of().formatHex(Randomness.bytes(16))).setParameter(2, roundId)
                .setParameter(3, hash).setParameter(4, json(vote.choices())).setParameter(5, me())
                .executeUpdate();
        auditLog.record("voting.paper-ballot-entered", VotingService.SUBJECT, roundId, null, null);
    }

    public List<Pending> pending(long roundId) {
        List<Pending> pending = new ArrayList<>();
        for (Object result : em.createNativeQuery("select id, choices, entered_by from paper_entry where round_id = ?"
                + " order by id").setParameter(1, roundId).getResultList()) {
            Object[] row = (Object[]) result;
            pending.add(new Pending((String) row[0], choices((String) row[1]), me().equals(row[2])));
        }
        return pending;
    }

    /** The second assistant's confirmation: casts the ballot; nobody confirms their own entry. */
    public CastReceipt confirm(long roundId, String entryId) {
        Object[] entry = entry(roundId, entryId);
        if (me().equals(entry[2])) {
            throw new DomainException("voting.paper.ownEntry");
        }
        CastReceipt receipt = voting.castPaper(roundId, (String) entry[0], choices((String) entry[1]));
        em.createNativeQuery("delete from paper_entry where id = ?").setParameter(1, entryId).executeUpdate();
        auditLog.record("voting.paper-ballot-cast", VotingService.SUBJECT, roundId, null,
                Map.of("enteredBy", entry[2], "confirmedBy", me()));
        return receipt;
    }

    /** Drops an entry that does not match the paper; the code can be entered again. */
    public void reject(long roundId, String entryId) {
        entry(roundId, entryId);
        em.createNativeQuery("delete from paper_entry where id = ?").setParameter(1, entryId).executeUpdate();
        auditLog.record("voting.paper-ballot-rejected", VotingService.SUBJECT, roundId, null, null);
    }

    private Object[] entry(long roundId, String entryId) {
        List<?> rows = em.createNativeQuery("select code_hash, choices, entered_by from paper_entry"
                + " where id = ? and round_id = ?").setParameter(1, entryId).setParameter(2, roundId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("voting.paper.notFound");
        }
        return (Object[]) rows.get(0);
    }

    private String me() {
        return securityContext.getCallerPrincipal().getName();
    }

    private static String json(List<Choice> choices) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        choices.forEach(choice -> list.add(choice.json()));
        return list.build().toString();
    }

    private static List<Choice> choices(String json) {
        return JSON.createReader(new StringReader(json)).readArray().stream()
                .map(value -> Choice.fromJson(value.asJsonObject())).toList();
    }
}
