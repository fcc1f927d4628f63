package dev.frontline.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** What the login page offers: local passwords, company sign-in, and the first-run setup while it is open. */
@Component
public class SignInOptions {

    /** Where the company sign-in button sends the browser (Spring Security's authorization request). */
    public static final String COMPANY_SIGN_IN_PATH = "oauth2/authorization/" + CompanySignInProperties.REGISTRATION_ID;

    private final boolean localPasswords;
    private final String companyName;
    private final AdminBootstrap bootstrap;

    SignInOptions(@Value("${frontline.local-passwords:true}") boolean localPasswords, CompanySignInProperties company,
            ObjectProvider<ClientRegistrationRepository> registrations, AdminBootstrap bootstrap) {
        this.localPasswords = localPasswords;
        this.companyName = company.enabled() && registrations.getIfAvailable() != null ? company.displayName() : null;
        this.bootstrap = bootstrap;
    }

    public boolean localPasswords() {
        return localPasswords;
    }

    /** The company's name for "Sign in with …", when company sign-in is configured. */
    public Optional<String> companyName() {
        return Optional.ofNullable(companyName);
    }

    /** Whether the one-time setup page is open (no enabled admin exists). */
    public boolean setupOpen() {
        return bootstrap.setupOpen();
    }
}
