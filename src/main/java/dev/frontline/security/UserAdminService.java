package dev.frontline.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.AuditAction;
import dev.frontline.security.UserAdminException.Status;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;

/**
 * User administration (ADMIN only): create and invite logins, disable and enable them, hand out one-time passwords,
 * assign roles (an AGENT linked to exactly one agent), create logins for many agents at once, and every user's own
 * password change. Each change is audited (entity type {@value #ENTITY}, keyed by username) in its transaction.
 * Refusals are {@link UserAdminException}s naming the field and rule.
 */
@Service
@Transactional
public class UserAdminService {

    public static final String ENTITY = "user";

    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final SignInRules rules;
    private final boolean localPasswords;

    UserAdminService(UserAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, AuditTrail audit,
            CurrentUser currentUser, Validator validator, SignInRules rules,
            @Value("${frontline.local-passwords:true}") boolean localPasswords) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.validator = validator;
        this.rules = rules;
        this.localPasswords = localPasswords;
    }

    /** Whether local passwords are on ({@code frontline.local-passwords}); off, logins sign in only through the company. */
    public boolean localPasswords() {
        return localPasswords;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        return accounts.summaries();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserSummary user(long id) {
        return summary(id);
    }

    /** Current agents without a login, for linking a new AGENT login or creating many at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AgentWithoutLogin> agentsWithoutLogin() {
        return accounts.agentsWithoutLogin(null);
    }

    /**
     * Creates a login. Without a password (and with local passwords on) it gets a one-time password, returned once,
     * that must be changed at the first sign-in; a given password must meet the policy.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedUser create(UserDraft draft) {
        return insert(draft, true);
    }

    CreatedUser insert(UserDraft draft, boolean oneTimeWhenMissing) {
        UserDraft d = validate(draft);
        if (accounts.usernameTaken(d.username())) {
            throw new UserAdminException(Status.CONFLICT, "username", "users.error.username-taken", d.username());
        }
        if (d.email() != null && accounts.emailTaken(d.email(), null)) {
            throw new UserAdminException(Status.CONFLICT, "email", "users.error.email-taken", d.email());
        }
        checkAgentLink(d.role(), d.agentId(), null);
        String oneTime = null;
        String hash = null;
        if (d.password() != null) {
            requireLocalPasswords();
            policy.check(d.password(), d.username());
            hash = encoder.encode(d.password());
        } else if (oneTimeWhenMissing && localPasswords) {
            oneTime = policy.oneTimePassword();
            hash = encoder.encode(oneTime);
        }
        long id = accounts.create(new NewAccount(d.username(), hash, d.role(), d.displayName(), d.agentId(), d.email(),
                false, oneTime != null));
        audit.record(ENTITY, d.username(), AuditAction.CREATE, Phrase.of("audit.user.created", d.role().getLiteral(),
                d.agentId() == null ? "" : Phrase.of("audit.user.agent", accounts.agent(d.agentId()).orElseThrow().fullName()),
                d.email() == null ? "" : Phrase.of("audit.user.email", d.email()),
                Phrase.of(hash == null ? "audit.user.no-password" : oneTime != null ? "audit.user.one-time-password"
                        : "audit.user.password-set")));
        return new CreatedUser(summary(id), oneTime);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setEnabled(long id, boolean enabled) {
        UserSummary before = summary(id);
        if (before.enabled() == enabled) {
            return before;
        }
        if (!enabled) {
            if (currentUser.get().map(FrontlineUser::userId).filter(self -> self == id).isPresent()) {
                throw UserAdminException.invalid(null, "users.error.disable-self");
            }
            requireAnotherAdmin(before);
        }
        accounts.setEnabled(id, enabled);
        audit.record(ENTITY, before.username(), AuditAction.UPDATE,
                Phrase.of(enabled ? "audit.user.enabled" : "audit.user.disabled"));
        return summary(id);
    }

    /** A new one-time password for the login, returned once; the user must change it at the next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id) {
        requireLocalPasswords();
        UserSummary before = summary(id);
        String oneTime = policy.oneTimePassword();
        accounts.setPassword(id, encoder.encode(oneTime), true);
        audit.record(ENTITY, before.username(), AuditAction.UPDATE, Phrase.of("audit.user.password-reset"));
        return oneTime;
    }

    /** Gives a login another role; an AGENT needs an agent without a login, other roles have none. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary changeRole(long id, AppRole role, Long agentId) {
        if (role == null) {
            throw UserAdminException.invalid("role", "users.error.role");
        }
        UserSummary before = summary(id);
        Long link = role == AppRole.AGENT ? agentId : null;
        if (before.role() == role && Objects.equals(before.agentId(), link)) {
            return before;
        }
        if (before.role() == AppRole.ADMIN && role != AppRole.ADMIN) {
            requireAnotherAdmin(before);
        }
        checkAgentLink(role, agentId, id);
        accounts.setRole(id, role, link);
        audit.record(ENTITY, before.username(), AuditAction.UPDATE, Phrase.of("audit.user.role-changed",
                before.role().getLiteral(), role.getLiteral(),
                link == null ? "" : Phrase.of("audit.user.agent", accounts.agent(link).orElseThrow().fullName())));
        return summary(id);
    }

    /**
     * Creates an AGENT login for each of the given agents (all current agents without a login when {@code agentIds}
     * is null), all or nothing. The username is the employee number in lower case (with a suffix when taken); each
     * gets a one-time password, returned once. Hashing runs on all cores, as a bcrypt hash costs tens of milliseconds.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AgentLogin> createAgentLogins(List<Long> agentIds) {
        requireLocalPasswords();
        List<AgentWithoutLogin> agents = accounts.agentsWithoutLogin(agentIds == null ? null : List.copyOf(agentIds));
        if (agentIds != null) {
            Set<Long> missing = new HashSet<>(agentIds);
            agents.forEach(a -> missing.remove(a.agentId()));
            if (!missing.isEmpty()) {
                long first = missing.stream().min(Comparator.naturalOrder()).orElseThrow();
                throw new UserAdminException(Status.CONFLICT, "agentIds", "users.error.bulk-agent", first);
            }
        }
        record Pending(AgentWithoutLogin agent, String username, String password, String hash) {
        }
        Set<String> usernames = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        for (AgentWithoutLogin agent : agents) {
            String base = agent.employeeNumber().toLowerCase(java.util.Locale.ROOT);
            base = base.length() < 3 ? "agent." + base : base;
            String username = base;
            for (int n = 2; accounts.usernameTaken(username) || !usernames.add(username); n++) {
                username = base + "." + n;
            }
            pending.add(new Pending(agent, username, policy.oneTimePassword(), null));
        }
        List<Pending> hashed = pending.parallelStream()
                .map(p -> new Pending(p.agent(), p.username(), p.password(), encoder.encode(p.password())))
                .toList();
        List<AgentLogin> created = new ArrayList<>();
        for (Pending p : hashed) {
            String email = p.agent().email().toLowerCase(java.util.Locale.ROOT);
            accounts.create(new NewAccount(p.username(), p.hash(), AppRole.AGENT, p.agent().fullName(), p.agent().agentId(),
                    accounts.emailTaken(email, null) ? null : email, false, true));
            audit.record(ENTITY, p.username(), AuditAction.CREATE, Phrase.of("audit.user.created-bulk",
                    p.agent().fullName()));
            created.add(new AgentLogin(p.username(), p.agent().agentId(), p.agent().employeeNumber(), p.agent().fullName(),
                    p.password()));
        }
        return created;
    }

    /**
     * The signed-in user's own password change: the current password must match, the new one meet the policy. It
     * clears a one-time password's "change at next sign-in" mark, also in the running session.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String current, String replacement) {
        requireLocalPasswords();
        FrontlineUser me = currentUser.require();
        UserAccount account = accounts.findById(me.userId()).orElseThrow();
        if (current == null || account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
            throw UserAdminException.invalid("current", "users.error.current-password");
        }
        if (replacement != null && replacement.equals(current)) {
            throw UserAdminException.invalid("password", "users.error.password-same");
        }
        policy.check(replacement, account.username());
        accounts.setPassword(account.id(), encoder.encode(replacement), false);
        audit.record(ENTITY, account.username(), AuditAction.UPDATE, Phrase.of("audit.user.own-password"));
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        FrontlineUser refreshed = rules.principal(accounts.findById(account.id()).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                refreshed, null, signedIn == null ? refreshed.getAuthorities() : signedIn.getAuthorities()));
    }

    UserDraft validate(UserDraft draft) {
        if (draft == null) {
            throw UserAdminException.invalid(null, "users.error.username");
        }
        UserDraft d = draft.normalised();
        Set<ConstraintViolation<UserDraft>> broken = validator.validate(d);
        if (!broken.isEmpty()) {
            ConstraintViolation<UserDraft> first = broken.stream()
                    .min(Comparator.comparingInt(v -> order(v.getPropertyPath().toString()))).orElseThrow();
            String template = first.getMessageTemplate();
            throw UserAdminException.invalid(first.getPropertyPath().toString(),
                    template.substring(1, template.length() - 1));
        }
        return d;
    }

    private static int order(String property) {
        return List.of("username", "displayName", "role", "agentId", "email", "password").indexOf(property);
    }

    private void checkAgentLink(AppRole role, Long agentId, Long userId) {
        if (role == AppRole.AGENT) {
            if (agentId == null) {
                throw UserAdminException.invalid("agentId", "users.error.agent-required");
            }
            if (accounts.agent(agentId).isEmpty()) {
                throw new UserAdminException(Status.NOT_FOUND, "agentId", "users.error.agent-unknown", agentId);
            }
            accounts.loginOfAgent(agentId, userId).ifPresent(other -> {
                throw new UserAdminException(Status.CONFLICT, "agentId", "users.error.agent-linked", other);
            });
        } else if (agentId != null) {
            throw UserAdminException.invalid("agentId", "users.error.agent-only-for-agents");
        }
    }

    private void requireAnotherAdmin(UserSummary admin) {
        if (admin.role() == AppRole.ADMIN && admin.enabled()) {
            accounts.lockAdmins();
            if (accounts.otherEnabledAdmins(admin.id()) == 0) {
                throw new UserAdminException(Status.CONFLICT, null, "users.error.last-admin");
            }
        }
    }

    private void requireLocalPasswords() {
        if (!localPasswords) {
            throw new UserAdminException(Status.CONFLICT, "password", "users.error.local-passwords-off");
        }
    }

    private UserSummary summary(long id) {
        return accounts.summary(id).orElseThrow(() -> new UserAdminException(Status.NOT_FOUND, null, "users.error.unknown", id));
    }
}
