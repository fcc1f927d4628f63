package dev.frontline.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.frontline.db.enums.AppRole;

/**
 * Company sign-in over OpenID Connect ({@code frontline.oidc.*}); on when {@code issuer-uri} is set. The provider's
 * discovery document ({@code <issuer>/.well-known/openid-configuration}) supplies the endpoints and keys.
 *
 * @param issuerUri     the provider's issuer, e.g. {@code https://login.example.com/realms/centre}
 * @param clientId      Frontline's client id at the provider
 * @param clientSecret  its secret (client_secret_basic)
 * @param displayName   the company or provider name on the login page ("Sign in with …")
 * @param scopes        scopes asked for; {@code openid} is always included
 * @param roleClaim     the ID-token or user-info claim whose values map to roles (a string or a list of strings)
 * @param roleMapping   claim value → Frontline role (PLANNER, HR, AGENT, ADMIN); the first mapped value in the order
 *                      ADMIN, PLANNER, HR, AGENT wins. Empty: the role stored in Frontline applies
 * @param createUsers   whether a sign-in that matches no login but maps to a role creates one (an AGENT only when
 *                      an agent has the same e-mail)
 */
@ConfigurationProperties("frontline.oidc")
public record CompanySignInProperties(String issuerUri, String clientId, String clientSecret, String displayName,
        List<String> scopes, String roleClaim, Map<String, String> roleMapping, Boolean createUsers) {

    /** The client registration's id, so the callback is {@code /login/oauth2/code/company}. */
    public static final String REGISTRATION_ID = "company";

    public CompanySignInProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "groups" : roleClaim;
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        createUsers = createUsers == null ? Boolean.TRUE : createUsers;
        displayName = displayName == null || displayName.isBlank() ? "your company account" : displayName;
        roleMapping.forEach((value, role) -> {
            try {
                AppRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("frontline.oidc.role-mapping[" + value + "]=" + role
                        + " is not a role; use PLANNER, HR, AGENT or ADMIN");
            }
        });
    }

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** The role the claim's values map to, or empty when none maps (or no mapping is configured). */
    Optional<AppRole> roleOf(Object claim) {
        List<String> values = claim instanceof java.util.Collection<?> many ? many.stream().map(String::valueOf).toList()
                : claim == null ? List.of() : List.of(String.valueOf(claim));
        Optional<AppRole> best = Optional.empty();
        for (String value : values) {
            String mapped = roleMapping.get(value);
            if (mapped != null) {
                AppRole role = AppRole.valueOf(mapped.strip().toUpperCase(Locale.ROOT));
                if (best.isEmpty() || rank(role) < rank(best.get())) {
                    best = Optional.of(role);
                }
            }
        }
        return best;
    }

    private static int rank(AppRole role) {
        return switch (role) {
            case ADMIN -> 0;
            case PLANNER -> 1;
            case HR -> 2;
            case AGENT -> 3;
        };
    }
}
