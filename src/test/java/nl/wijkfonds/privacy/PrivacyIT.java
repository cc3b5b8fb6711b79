package nl.wijkfonds.privacy;

import nl.wijkfonds.testing.DeployedApplication;

/**
 * The resident's data rights and the privacy statement in one deployment (see {@link DataRightsTests}). A domain of
 * its own (nl.wijkfonds.privacy): it gathers data from identity and plan and has them erase it, and no domain
 * builds on it (docs/privacy.md).
 */
class PrivacyIT extends DeployedApplication implements DataRightsTests {
}
