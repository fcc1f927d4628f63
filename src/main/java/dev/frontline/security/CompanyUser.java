package dev.frontline.security;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through the company's identity provider: the Frontline login it resolved to (so every service
 * scopes data exactly as for a password sign-in) together with the provider's ID token and claims.
 */
final class CompanyUser extends FrontlineUser implements OidcUser {

    private final transient OidcUser oidc;

    CompanyUser(UserAccount account, boolean maySignIn, OidcUser oidc) {
        super(account, maySignIn);
        this.oidc = oidc;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    /** The Frontline username, so the audit trail names the same person whichever way they signed in. */
    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompanyUser that && getUsername().equals(that.getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }
}
