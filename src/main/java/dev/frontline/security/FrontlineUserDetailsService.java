package dev.frontline.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dev.frontline.security.persistence.UserAccountRepository;

@Service
class FrontlineUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    FrontlineUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // The same exception for every failure, so a login form never reveals which usernames exist.
        return accounts.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
                .map(FrontlineUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }
}
