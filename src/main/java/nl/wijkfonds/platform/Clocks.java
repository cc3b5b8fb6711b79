package nl.wijkfonds.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The platform's clock: the district's own time zone, so that dates mean what officials typed. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
