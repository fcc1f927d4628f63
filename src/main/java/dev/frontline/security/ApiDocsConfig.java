package dev.frontline.security;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

/**
 * The OpenAPI description's title, the two ways a client signs in (HTTP basic, or an API token as bearer), and the
 * {@code X-Frontline-Request} header on every write, which the Swagger UI then fills in itself.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Frontline API", version = "v1",
        description = "Contact-centre workforce management: master data, imports and exports. Errors are RFC 7807 "
                + "problem details.", license = @License(name = "Apache-2.0")))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "flt_<8-char prefix>_<secret>",
        description = "An API token created on the API tokens page")
class ApiDocsConfig {

    /** Lists the header {@link CrossSiteRequestGuard} asks of every write that is not JSON, filled in with "1". */
    @Bean
    OpenApiCustomizer crossSiteRequestHeader() {
        return api -> api.getPaths().values().forEach(path -> {
            for (PathItem.HttpMethod method : path.readOperationsMap().keySet()) {
                if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                        && method != PathItem.HttpMethod.OPTIONS && method != PathItem.HttpMethod.TRACE) {
                    Operation operation = path.readOperationsMap().get(method);
                    operation.addParametersItem(new HeaderParameter().name(CrossSiteRequestGuard.HEADER)
                            .description("Any non-blank value. Needed on every write whose body is not JSON (a CSV"
                                    + " upload, a POST without a body), so that no page on another site can send it.")
                            .required(false)
                            .schema(new StringSchema()._default("1")));
                }
            }
        });
    }
}
