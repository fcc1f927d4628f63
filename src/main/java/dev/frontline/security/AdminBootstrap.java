package dev.frontline.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.UserAdminException.Status;
import dev.frontline.security.persistence.UserAccountRepository;

/**
 * The first admin of a new centre, without SQL and without a default password: the one-time setup page (anonymous,
 * only while no enabled admin exists) and the command line {@code users create-admin} (an operator on the database
 * host; also the way back in when every admin is locked out). The password always comes from the person setting up.
 */
@Service
@Transactional
public class AdminBootstrap {

    private final UserAccountRepository accounts;
    private final UserAdminService users;

    AdminBootstrap(UserAccountRepository accounts, UserAdminService users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** Whether the setup page is open: no enabled (non-demo) admin exists yet. */
    @Transactional(readOnly = true)
    public boolean setupOpen() {
        return !accounts.enabledAdminExists();
    }

    /** The setup page's admin; refused once an enabled admin exists, also when two people submit at once. */
    public UserSummary createFirstAdmin(String username, String displayName, String email, String password) {
        accounts.lockForAdminBootstrap();
        if (accounts.enabledAdminExists()) {
            throw new UserAdminException(Status.CONFLICT, null, "setup.error.done");
        }
        return createAdmin(username, displayName, email, password);
    }

    /**
     * An admin with the given password (which must meet the policy), whatever admins exist already. With local
     * passwords off the admin has no password and signs in through the company, found by the e-mail, which is then
     * required.
     */
    public UserSummary createAdmin(String username, String displayName, String email, String password) {
        if (!users.localPasswords()) {
            if (email == null || email.isBlank()) {
                throw UserAdminException.invalid("email", "setup.error.email-required");
            }
            return users.insert(new UserDraft(username, displayName, AppRole.ADMIN, null, email, null), false).user();
        }
        if (password == null || password.isEmpty()) {
            throw UserAdminException.invalid("password", "users.error.password-short", 8);
        }
        return users.insert(new UserDraft(username, displayName, AppRole.ADMIN, null, email, password), false).user();
    }
}
