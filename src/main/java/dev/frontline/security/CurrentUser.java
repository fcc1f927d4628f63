package dev.frontline.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or Vaadin UI, for services that scope data to them. */
@Component
public class CurrentUser {

    public Optional<FrontlineUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FrontlineUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public FrontlineUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
