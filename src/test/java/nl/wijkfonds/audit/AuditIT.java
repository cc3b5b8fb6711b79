package nl.wijkfonds.audit;

import nl.wijkfonds.testing.DeployedApplication;

/**
 * The audit trail in one deployment: the application's database rights on it, tampering in every way an insider
 * could, the auditors' pages, the export and the command-line verifier.
 */
class AuditIT extends DeployedApplication implements DatabaseRightsTests, TamperingTests, SignedHeadTests {
}
