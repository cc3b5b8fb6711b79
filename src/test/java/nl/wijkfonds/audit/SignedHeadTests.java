package nl.wijkfonds.audit;

import nl.wijkfonds.audit.chain.Ed25519;
import nl.wijkfonds.audit.chain.HeadStatement;
import nl.wijkfonds.audit.chain.SignedHead;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A round's phase change signs the trail's head in the same transaction; the signed heads and the public key are
 * published to everyone, and each signature verifies with that key.
 */
interface SignedHeadTests extends Deployed {

    @Test
    default void phaseChangeSignsTheHeadAndEveryoneCanCheckTheSignature() {
        long signedBefore = count("select count(*) from audit_signed_head");
        FacesClient official = signedIn(OFFICIAL);
        String round = single("select id from budget_round");
        String phase = single("select phase from budget_round");
        Page moved = official.submit(official.get("official/rounds"), "rounds", "roundRows:0:next", Map.of());
        assertEquals(302, moved.status(), moved.body());
        String newPhase = single("select phase from budget_round");
        assertFalse(phase.equals(newPhase));

        assertEquals(signedBefore + 1, count("select count(*) from audit_signed_head"));
        HeadStatement statement = HeadStatement.parse(single("select statement from audit_signed_head "
                + "order by id desc limit 1"));
        assertEquals("round " + round + ": " + newPhase, statement.occasion());
        assertEquals(count("select count(*) from audit_event"), statement.events());
        assertEquals(single("select max(id) from audit_event"), String.valueOf(statement.lastEventId()));
        assertTrue(Long.parseLong(single("select max(id) from audit_event where action = 'round.phase-changed'"))
                <= statement.lastEventId(), "the head signed includes the phase change itself");

        FacesClient anyone = new FacesClient(base());
        Page published = anyone.get("controle");
        assertEquals(200, published.status());
        assertTrue(published.contains("round " + round + ": " + newPhase), published.body());
        PublicKey key = Ed25519.fromPem(new String(anyone.download("controle/publieke-sleutel.pem"),
                StandardCharsets.US_ASCII));
        assertTrue(published.contains(Ed25519.fingerprint(key)));
        List<SignedHead> heads = new String(anyone.download("controle/handtekeningen.jsonl"),
                StandardCharsets.UTF_8).lines().map(SignedHead::fromJson).toList();
        assertEquals(signedBefore + 1, heads.size());
        assertTrue(heads.stream().allMatch(head -> head.verifiesWith(key)));
        assertEquals(statement.text(), heads.get(heads.size() - 1).statement());

        Page back = official.submit(official.get("official/rounds"), "rounds", "roundRows:0:back", Map.of());
        assertEquals(302, back.status(), back.body());
        assertEquals(signedBefore + 2, count("select count(*) from audit_signed_head"));
    }
}
