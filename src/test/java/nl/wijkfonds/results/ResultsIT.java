package nl.wijkfonds.results;

import nl.wijkfonds.testing.DeployedApplication;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Counting and publishing a round's result against the real database and server: the counting rule, the tally and
 * its refusals, the published page with explanations in both languages, the bulletin board and receipts, the
 * downloads, the recount tool on the downloaded files, and overrides and progress after the result. The tests build
 * on each other in order (voting, closed, counted, published).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultsIT extends DeployedApplication implements TallyTests, PublishedResultTests, OutcomeTests {
}
