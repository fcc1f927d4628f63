package dev.frontline.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import dev.frontline.db.enums.AppRole;

/** The signed-in user as Spring Security holds it, with what Frontline needs to scope data to them. */
public class FrontlineUser extends User {

    private final long userId;
    private final AppRole role;
    private final String displayName;
    private final Long agentId;
    private final boolean passwordChangeRequired;

    /**
     * @param maySignIn whether the login may sign in now (enabled, and not a demo login outside the demo); Spring
     *                  Security refuses a user built with false, with the same answer as a wrong password
     */
    FrontlineUser(UserAccount account, boolean maySignIn) {
        // a login without a local password gets an empty hash, which no password matches
        super(account.username(), account.passwordHash() == null ? "" : account.passwordHash(), maySignIn, true, true,
                true, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().getLiteral())));
        this.userId = account.id();
        this.role = account.role();
        this.displayName = account.displayName();
        this.agentId = account.agentId();
        this.passwordChangeRequired = account.passwordChangeRequired();
    }

    public long userId() {
        return userId;
    }

    public AppRole role() {
        return role;
    }

    public String displayName() {
        return displayName;
    }

    /** The agent record of an AGENT user; empty for planners, HR and admins. */
    public Optional<Long> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** Signed in with a one-time password an admin set: the UI asks for a new one before anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Whether this user may read the data of the given agent: planners and HR all, an agent only their own. */
    public boolean maySeeAgent(long otherAgentId) {
        return role != AppRole.AGENT || (agentId != null && agentId == otherAgentId);
    }
}
