package nl.wijkfonds.testing;

import java.net.URL;

/**
 * A deployed application to test against. Test classes get it from {@link DeployedApplication}; groups of tests
 * written as interfaces use it through this, so that several groups share one deployment (one Payara start).
 */
public interface Deployed {

    /** The application's address. */
    URL base();

    /** A client already signed in with this demo account. */
    default FacesClient signedIn(String email) {
        FacesClient client = new FacesClient(base());
        client.signIn(email, DemoAccounts.PASSWORD);
        return client;
    }

    /** A fresh Chromium with no session: close it after use. */
    default Browser browser() {
        return new Browser(base());
    }
}
