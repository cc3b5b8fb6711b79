package nl.wijkfonds.community;

import nl.wijkfonds.testing.DeployedApplication;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Residents support, discuss and follow plans through the real pages against the real database; officials set the
 * support rules, see who supported what and moderate. Every refusal leaves nothing stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommunityIT extends DeployedApplication implements SupportTests, CommunityFormTests,
        CommentTests, ModerationTests, CommunityBrowserTests, DigestTests, MapTests {
}
