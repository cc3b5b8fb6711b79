package nl.wijkfonds.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the database answers. The public readiness check ({@code /health/ready}) tells only UP or DOWN; the
 * details (the server's version, why it cannot be reached) are for administrators.
 */
@ApplicationScoped
public class DatabaseReadiness {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /** The database's state now: ready, and the server's version or the reason it cannot be reached. */
    public record State(boolean ready, String detail) {
    }

    public State check() {
        try (Connection connection = dataSource.getConnection()) {
            return new State(connection.isValid(TIMEOUT_SECONDS), connection.getMetaData().getDatabaseProductName()
                    + " " + connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException unreachable) {
            return new State(false, unreachable.getMessage());
        }
    }
}
