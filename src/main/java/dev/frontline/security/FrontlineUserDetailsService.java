package dev.frontline.security;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dev.frontline.security.persistence.UserAccountRepository;

@Service
class FrontlineUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SignInRules rules;

    FrontlineUserDetailsService(UserAccountRepository accounts, SignInRules rules) {
        this.accounts = accounts;
        this.rules = rules;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // The same exception for every failure, so a login form never reveals which usernames exist.
        return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .map(rules::principal)
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }
}
