package dev.frontline.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

import dev.frontline.security.persistence.UserAccountRepository;

/**
 * How people sign in: local passwords (form and API basic auth) unless {@code frontline.local-passwords=false}, and
 * company sign-in over OpenID Connect when {@code frontline.oidc.issuer-uri} is set. Kept apart from
 * {@link SecurityConfig}'s filter chains, which call {@link #companySignIn} on the UI chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompanySignInProperties.class)
class IdentityConfig {

    /** The company's provider, its endpoints read from the issuer's discovery document at start-up. */
    @Bean
    @ConditionalOnProperty("frontline.oidc.issuer-uri")
    ClientRegistrationRepository companyRegistration(CompanySignInProperties properties) {
        if (properties.clientId() == null || properties.clientId().isBlank()) {
            throw new IllegalStateException("frontline.oidc.issuer-uri is set but frontline.oidc.client-id is not");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(CompanySignInProperties.REGISTRATION_ID)
                .clientName(properties.displayName())
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope(properties.scopes().contains("openid") ? properties.scopes()
                        : java.util.stream.Stream.concat(java.util.stream.Stream.of("openid"), properties.scopes().stream()).toList())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /**
     * Adds company sign-in to the UI's filter chain when a provider is configured: the login view shows its button,
     * and a refused company sign-in comes back to the login view with a message.
     */
    static void companySignIn(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
            CompanySignIn companySignIn) throws Exception {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(repository)
                    .userInfoEndpoint(info -> info.oidcUserService(companySignIn))
                    .failureUrl("/login?company-error"));
        }
    }

    @Bean
    SignInRecorder signInRecorder(UserAccountRepository accounts, java.time.Clock clock) {
        return new SignInRecorder(accounts, clock);
    }

    /** Notes the time of each interactive sign-in (form or company) on the login, for the admins' list. */
    static final class SignInRecorder {

        private final UserAccountRepository accounts;
        private final java.time.Clock clock;

        SignInRecorder(UserAccountRepository accounts, java.time.Clock clock) {
            this.accounts = accounts;
            this.clock = clock;
        }

        @EventListener
        void signedIn(InteractiveAuthenticationSuccessEvent event) {
            if (event.getAuthentication().getPrincipal() instanceof FrontlineUser user) {
                accounts.markSignedIn(user.userId(), java.time.OffsetDateTime.now(clock));
            }
        }
    }
}
