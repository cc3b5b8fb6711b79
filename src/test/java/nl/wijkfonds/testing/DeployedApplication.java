package nl.wijkfonds.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * Base of the integration tests: each test class gets its own Payara Micro running the packaged WAR, on a freshly
 * migrated test database with the demo accounts, and reaches it at {@link #base}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {

    @ArquillianResource
    protected URL base;

    /** A client already signed in with this demo account. */
    protected FacesClient signedIn(String email) {
        FacesClient client = new FacesClient(base);
        client.signIn(email, DemoAccounts.PASSWORD);
        return client;
    }

    @Deployment(testable = false)
    public static WebArchive app() {
        return Deployments.packagedWar();
    }
}
