package dev.frontline.security;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description's title and the two ways a client signs in: HTTP basic, or an API token as bearer. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Frontline API", version = "v1",
        description = "Contact-centre workforce management: master data, imports and exports. Errors are RFC 7807 "
                + "problem details.", license = @License(name = "Apache-2.0")))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "flt_<8-char prefix>_<secret>",
        description = "An API token created on the API tokens page")
class ApiDocsConfig {
}
