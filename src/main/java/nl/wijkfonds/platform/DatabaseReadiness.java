package nl.wijkfonds.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only while the database answers: {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("product", connection.getMetaData().getDatabaseProductVersion())
                    .build();
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("database").down().withData("error", unreachable.getMessage()).build();
        }
    }
}
