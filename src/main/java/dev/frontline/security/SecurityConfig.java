package dev.frontline.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import dev.frontline.security.ui.LoginView;

/**
 * Three filter chains: the public OpenAPI description; the REST API ({@code /api/**}), stateless with HTTP basic auth
 * or an API token (bearer), answering 401/403/429 as problem details and refusing requests another site could forge;
 * and everything else, the Vaadin UI with a login view. Roles are stated on each view and endpoint. See
 * docs/security.md.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true, securedEnabled = true)
class SecurityConfig {

    /**
     * The UI's Content-Security-Policy. Vaadin's bootstrap page carries inline scripts and Flow runs server-sent
     * JavaScript through {@code new Function}, and Lumo and Flow set inline styles, so scripts and styles need
     * {@code 'unsafe-inline'} (and scripts {@code 'unsafe-eval'}); everything else is locked to this origin: no script,
     * style, font or connection from elsewhere, no plugins, no framing, forms post only here.
     */
    static final String UI_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The API answers JSON and CSV only: nothing in an answer may run, load or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemDetailsAuthenticationEntryPoint problems,
                                    ApiTokenService tokens, ApiProblems problemWriter) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterAfter(new CrossSiteRequestGuard(problemWriter), HeaderWriterFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // no cookies and no browser-remembered password reach the API, and CrossSiteRequestGuard refuses what
                // a form or a simple fetch could send, so a CSRF token has nothing left to protect
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The OpenAPI description and Swagger UI are public: Frontline is open source, the description holds no data, and
     * every endpoint it lists still requires a planner's credentials. Its own chain keeps Vaadin's login out of it.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * An agent's personal calendar feed (/calendar/{secret}.ics): calendar apps fetch it without credentials, so the
     * secret in the URL is the credential (only its SHA-256 is stored; the agent can revoke or regenerate it).
     */
    @Bean
    @Order(0)
    SecurityFilterChain calendarFeeds(HttpSecurity http) throws Exception {
        return http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, RequestUtil vaadinRequests,
                                   ObjectProvider<ClientRegistrationRepository> companyProvider,
                                   CompanySignIn companySignIn) throws Exception {
        IdentityConfig.companySignIn(http, companyProvider, companySignIn);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // Vaadin's own CSRF set-up also exempts the login page; the login form posts its token
                        .enableCsrfConfiguration(false))
                // Vaadin's UIDL and push requests carry Vaadin's own CSRF token; everything else, the login POST
                // included, needs Spring's
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .formLogin(form -> form.failureHandler(new LoginFailureHandler("/login")))
                // HSTS is written on HTTPS requests only (Spring's default), so behind a TLS proxy that sets
                // X-Forwarded-Proto (server.forward-headers-strategy) and never on plain-HTTP development
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(UI_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            // Vaadin's pages are served through a servlet forward, after which Tomcat commits the
                            // response underneath Spring's wrapper, so headers written "on commit" never appear
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // stores "{bcrypt}..." so the algorithm can change later without invalidating existing hashes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
