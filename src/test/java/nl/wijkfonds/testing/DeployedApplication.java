package nl.wijkfonds.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * Base of the integration tests: each test class gets its own Payara Micro running the packaged WAR, on a freshly
 * migrated test database with the demo accounts. A start costs about 25 s on a busy machine, so a test class
 * gathers the tests of a whole domain, most of them from interfaces that each cover one page or concern.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication implements Deployed {

    @ArquillianResource
    protected URL base;

    @Override
    public URL base() {
        return base;
    }

    @Deployment(testable = false)
    public static WebArchive app() {
        return Deployments.packagedWar();
    }
}
