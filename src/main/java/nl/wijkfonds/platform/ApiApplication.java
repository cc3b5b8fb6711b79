package nl.wijkfonds.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The platform's HTTP API under {@code /api} (JSON in, JSON or RFC 9457 problem documents out). Each domain adds its
 * resources in its own {@code api} package; Payara Micro describes them all at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Wijkfonds API", version = "1",
        description = "Vote with a voting code; every refusal is an RFC 9457 problem document."))
public class ApiApplication extends Application {
}
