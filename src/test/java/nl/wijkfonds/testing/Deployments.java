package nl.wijkfonds.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The application as it ships: the WAR Maven packaged, deployed unchanged to a real Payara Micro that talks to the
 * real MariaDB test database (cleaned and migrated at each deployment, with demo accounts loaded).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive packagedWar() {
        File war = new File(System.getProperty("wijkfonds.war", "target/wijkfonds.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
