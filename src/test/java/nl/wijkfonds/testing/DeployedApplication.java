package nl.wijkfonds.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/**
 * Base of the integration tests: each test class gets its own Payara Micro running the packaged WAR, on a freshly
 * migrated test database with the demo accounts. A start costs about 25 s on a busy machine, so a test class
 * gathers the tests of a whole domain, most of them from interfaces that each cover one page or concern.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication implements Deployed {

    /**
     * The address Maven gave the application (its reserved port and the WAR's context root), not the one Arquillian
     * reads from Payara's console output: on a busy machine that reading sometimes lost the context root.
     */
    protected final URL base = address();

    @Override
    public URL base() {
        return base;
    }

    private static URL address() {
        try {
            return URI.create(System.getProperty("test.base.url")).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("test.base.url is not an address", e);
        }
    }

    @Deployment(testable = false)
    public static WebArchive app() {
        return Deployments.packagedWar();
    }
}
