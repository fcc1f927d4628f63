package dev.frontline.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import dev.frontline.db.enums.AppRole;

/** The signed-in user as Spring Security holds it, with what Frontline needs to scope data to them. */
public class FrontlineUser extends User {

    private final long userId;
    private final AppRole role;
    private final String displayName;
    private final Long agentId;

    FrontlineUser(UserAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().getLiteral())));
        this.userId = account.id();
        this.role = account.role();
        this.displayName = account.displayName();
        this.agentId = account.agentId();
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

    /** The agent record of an AGENT user; empty for planners and HR. */
    public java.util.Optional<Long> agentId() {
        return java.util.Optional.ofNullable(agentId);
    }

    /** Whether this user may read the data of the given agent: planners and HR all, an agent only their own. */
    public boolean maySeeAgent(long otherAgentId) {
        return role != AppRole.AGENT || (agentId != null && agentId == otherAgentId);
    }
}
