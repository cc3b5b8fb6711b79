package nl.wijkfonds.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes for staff who lost their authenticator: ten codes of 10 characters (50 random bits
 * each), shown once, stored as SHA-256, each usable once. New codes replace all old ones.
 */
@Stateless
public class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Replaces the account's codes; returns the new ones to show once. */
    public List<String> renew(Account account) {
        em.createNativeQuery("delete from recovery_code where account_id = ?")
                .setParameter(1, account.getId())
                .executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            codes.add(code);
            em.createNativeQuery("insert into recovery_code (account_id, code_hash) values (?, ?)")
                    .setParameter(1, account.getId())
                    .setParameter(2, Secrets.sha256(normalise(code)))
                    .executeUpdate();
        }
        return codes;
    }

    /** Uses a code if it is one of the account's unused ones. */
    public boolean use(Account account, String typed) {
        return em.createNativeQuery("update recovery_code set used_at = ? where account_id = ? and code_hash = ? "
                        + "and used_at is null")
                .setParameter(1, Timestamp.from(Instant.now(clock)))
                .setParameter(2, account.getId())
                .setParameter(3, Secrets.sha256(normalise(typed)))
                .executeUpdate() == 1;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(Secrets.number(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
