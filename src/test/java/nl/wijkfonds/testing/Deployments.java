package nl.wijkfonds.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;

/**
 * The application as it ships: the WAR Maven packaged, deployed unchanged to a real Payara Micro that talks to the
 * real MariaDB test database (cleaned and migrated at each deployment, with demo accounts loaded).
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The deployment's address on the loopback interface. Payara Micro announces the machine's network address;
     * tests only ever talk to this machine through loopback.
     */
    public static URL onLoopback(URL deployed) {
        try {
            String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
            return new URL(deployed.getProtocol(), "127.0.0.1", deployed.getPort(), path);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static WebArchive packagedWar() {
        File war = new File(System.getProperty("wijkfonds.war", "target/wijkfonds.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
