package dev.frontline.security;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.AuditAction;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;

/**
 * Turns a company sign-in (OpenID Connect) into a Frontline login. The login is found by the provider's subject; at
 * the first sign-in by an e-mail the provider vouches for (not {@code email_verified=false}), which links the
 * subject to it. With a role mapping ({@code frontline.oidc.role-mapping}) the provider's claim decides the role at
 * every sign-in — an AGENT is linked to the current agent with the same e-mail — and a person whose claims map to no
 * role is refused; a person with no login yet gets one when {@code frontline.oidc.create-users} (default true).
 * Disabled logins, and demo logins outside the demo, are refused as for a password.
 */
@Service
public class CompanySignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(CompanySignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final CompanySignInProperties properties;
    private final UserAccountRepository accounts;
    private final SignInRules rules;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CompanySignIn(CompanySignInProperties properties, UserAccountRepository accounts, SignInRules rules, AuditTrail audit,
            TransactionTemplate transaction) {
        this.properties = properties;
        this.accounts = accounts;
        this.rules = rules;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        UserAccount account = transaction.execute(status -> resolve(oidc));
        if (!rules.maySignIn(account)) {
            throw refused("login " + account.username() + " is disabled");
        }
        return new CompanyUser(account, true, oidc);
    }

    private UserAccount resolve(OidcUser oidc) {
        String subject = oidc.getSubject();
        String email = vouchedEmail(oidc).orElse(null);
        Optional<AppRole> mapped = properties.roleMapping().isEmpty() ? Optional.empty()
                : properties.roleOf(oidc.getClaims().get(properties.roleClaim()));
        if (!properties.roleMapping().isEmpty() && mapped.isEmpty()) {
            throw refused("the claim " + properties.roleClaim() + " maps to no Frontline role");
        }
        Optional<UserAccount> found = accounts.findByOidcSubject(subject);
        if (found.isEmpty() && email != null) {
            found = accounts.findUnlinkedByEmail(email);
            found.ifPresent(account -> {
                accounts.linkOidcSubject(account.id(), subject);
                audit.record(UserAdminService.ENTITY, account.username(), AuditAction.UPDATE,
                        Phrase.of("audit.user.linked", email));
            });
        }
        if (found.isEmpty()) {
            return create(oidc, subject, email, mapped);
        }
        UserAccount account = found.get();
        if (mapped.isPresent() && mapped.get() != account.role()) {
            Long agentId = mapped.get() == AppRole.AGENT ? agentOf(email) : null;
            if (account.role() == AppRole.ADMIN && account.enabled() && accounts.otherEnabledAdmins(account.id()) == 0) {
                throw refused("the claims would demote the last admin " + account.username());
            }
            if (agentId != null) {
                accounts.loginOfAgent(agentId, account.id()).ifPresent(other -> {
                    throw refused("the agent with e-mail " + email + " already has the login " + other);
                });
            }
            accounts.setRole(account.id(), mapped.get(), agentId);
            audit.record(UserAdminService.ENTITY, account.username(), AuditAction.UPDATE, Phrase.of(
                    "audit.user.role-from-claim", account.role().getLiteral(), mapped.get().getLiteral(),
                    properties.roleClaim()));
            account = accounts.findById(account.id()).orElseThrow();
        }
        return account;
    }

    private UserAccount create(OidcUser oidc, String subject, String email, Optional<AppRole> mapped) {
        if (!properties.createUsers() || mapped.isEmpty()) {
            throw refused("no Frontline login has this subject or e-mail");
        }
        AppRole role = mapped.get();
        Long agentId = role == AppRole.AGENT ? agentOf(email) : null;
        if (agentId != null) {
            accounts.loginOfAgent(agentId, null).ifPresent(other -> {
                throw refused("the agent with e-mail " + email + " already has the login " + other);
            });
        }
        String username = uniqueUsername(oidc, email);
        String displayName = oidc.getFullName() != null && !oidc.getFullName().isBlank() ? oidc.getFullName().strip()
                : username;
        long id = accounts.create(new NewAccount(username, null, role, displayName, agentId,
                email != null && !accounts.emailTaken(email, null) ? email : null, false, false));
        accounts.linkOidcSubject(id, subject);
        audit.record(UserAdminService.ENTITY, username, AuditAction.CREATE, Phrase.of("audit.user.created-from-claim",
                role.getLiteral(), properties.roleClaim()));
        return accounts.findById(id).orElseThrow();
    }

    private Long agentOf(String email) {
        if (email == null) {
            throw refused("an agent's company sign-in needs an e-mail to find their agent record");
        }
        return accounts.currentAgentByEmail(email)
                .orElseThrow(() -> refused("no current agent has the e-mail " + email)).agentId();
    }

    private String uniqueUsername(OidcUser oidc, String email) {
        String wanted = oidc.getPreferredUsername() != null ? oidc.getPreferredUsername()
                : email != null ? email.substring(0, email.indexOf('@')) : "user." + oidc.getSubject();
        String base = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", ".");
        base = base.length() > 50 ? base.substring(0, 50) : base;
        base = base.length() < 3 ? "user." + base : base;
        String username = base;
        for (int n = 2; accounts.usernameTaken(username); n++) {
            username = base + "." + n;
        }
        return username;
    }

    private static Optional<String> vouchedEmail(OidcUser oidc) {
        if (oidc.getEmail() == null || oidc.getEmail().isBlank() || Boolean.FALSE.equals(oidc.getEmailVerified())) {
            return Optional.empty();
        }
        return Optional.of(oidc.getEmail().strip().toLowerCase(Locale.ROOT));
    }

    private static OAuth2AuthenticationException refused(String why) {
        log.info("Company sign-in refused: {}", why);
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", "No Frontline access: " + why, null));
    }
}
