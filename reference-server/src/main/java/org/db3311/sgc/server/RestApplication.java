package org.db3311.sgc.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API of the reference server. Bearer tokens (MicroProfile JWT) protect every resource
 * that does not say {@code @PermitAll}.
 */
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
@OpenAPIDefinition(
    info =
        @Info(
            title = "DB3311 county social governance center — reference server",
            version = "1",
            description =
                "Intake, supervision and the other workflows of DB3311/T, over HTTP. Errors are"
                    + " RFC 9457 problem details."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RestApplication extends Application {}
