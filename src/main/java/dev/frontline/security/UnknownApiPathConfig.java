package dev.frontline.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Unknown {@code /api/**} paths answer a 404 problem. Without this the request falls through to Vaadin's catch-all
 * mapping, which serves the application page with 200 — useless to a script and a hint that the path exists. The
 * mapping comes right after the controllers' ({@code RequestMappingHandlerMapping}, order 0), so a known path with a
 * wrong method still answers 405 from there.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPathConfig {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(ApiProblems problems) {
        HttpRequestHandler notFound = (request, response) -> problems.write(request, response, HttpStatus.NOT_FOUND,
                "unknown-api-path", "No such API endpoint",
                "There is no API endpoint " + request.getMethod() + " " + request.getRequestURI()
                        + "; the OpenAPI description at /v3/api-docs lists them all.");
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }
}
