package dev.frontline.security;

import java.io.IOException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps other sites' pages from changing anything through the API. A page on another origin can make a browser send
 * only "simple" requests without asking the server first: a form posts {@code text/plain},
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data}, and {@code fetch} adds no custom header
 * without a CORS preflight, which Frontline never grants. So a state-changing request (anything but GET, HEAD,
 * OPTIONS and TRACE) must carry a JSON body or the header {@value #HEADER}; a CSV upload sends
 * {@code Content-Type: text/csv} with that header. Anything else is refused before authentication — 415 for a body
 * of another type, 400 for none — and nothing reaches a controller.
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

    /** The header a script adds to every state-changing API request that is not JSON; any non-blank value. */
    public static final String HEADER = "X-Frontline-Request";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ApiProblems problems;

    CrossSiteRequestGuard(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || hasHeader(request) || isJson(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "cross-site-request", "Request header missing",
                    "A " + request.getMethod() + " to the API needs the header " + HEADER + ": 1 (or a JSON body), so"
                            + " that no page on another site can send it.");
        } else {
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "cross-site-request",
                    "Content type refused without " + HEADER,
                    "A " + request.getMethod() + " with Content-Type " + contentType.strip() + " needs the header "
                            + HEADER + ": 1 (e.g. a CSV upload: Content-Type: text/csv with " + HEADER + ": 1), or a"
                            + " JSON body, so that no page on another site can send it.");
        }
    }

    private static boolean hasHeader(HttpServletRequest request) {
        String value = request.getHeader(HEADER);
        return value != null && !value.isBlank();
    }

    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application")
                    && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
