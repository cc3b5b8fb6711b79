package nl.wijkfonds.voting;

import nl.wijkfonds.testing.DeployedApplication;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Voting against the real pages, API and database, in the order a round goes: rules and register before voting,
 * code letters, opening, voters in Chromium (Dutch and English) and through the API, every refusal with nothing
 * stored, one ballot from 200 simultaneous casts with one code, secrecy of the schema, logs and audit trail,
 * turnout and closing, and throttling last (it blocks this client address for a while).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VotingIT extends DeployedApplication implements VotingSetupTests, VoterTests, VoteApiTests, PaperBallotTests,
        SecrecyTests {
}
