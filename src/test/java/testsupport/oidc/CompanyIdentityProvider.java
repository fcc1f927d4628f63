package testsupport.oidc;

import static org.springframework.security.config.Customizer.withDefaults;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;

/**
 * (Outside {@code dev.frontline}, so the application's component scan in tests never picks up its configuration.)
 * <p>
 * A real OpenID Connect provider for the company sign-in tests: Spring Authorization Server on a random port of
 * 127.0.0.1 (not "localhost", so its session cookie never mixes with the app's), with a login form, people whose ID
 * tokens carry e-mail, name and a {@code groups} claim, and one confidential client for Frontline whose redirect URIs
 * the test adds once it knows the app's port.
 */
public final class CompanyIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "frontline";
    public static final String CLIENT_SECRET = "frontline-test-secret";

    /** A person at the provider, with the claims their ID token carries. */
    public record Person(String username, String password, String email, String name, List<String> groups) {
    }

    private final ConfigurableApplicationContext context;
    private final Directory directory;

    private CompanyIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.directory = context.getBean(Directory.class);
    }

    public static CompanyIdentityProvider start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderApp.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                // arguments, not default properties: they must win over the app's own application.properties
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                        "--server.servlet.session.cookie.name=IDPSESSION",
                        "--frontline.database.bootstrap=false");
        return new CompanyIdentityProvider(context);
    }

    public String issuer() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public void allowRedirect(String uri) {
        directory.redirectUris.add(uri);
    }

    public void add(Person person) {
        directory.people.put(person.username(), person);
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's people and Frontline's allowed redirect URIs, changed by the tests while it runs. */
    static final class Directory implements UserDetailsService, RegisteredClientRepository {

        final Map<String, Person> people = new ConcurrentHashMap<>();
        final Set<String> redirectUris = ConcurrentHashMap.newKeySet();
        private final String clientKey = UUID.randomUUID().toString();
        /**
         * Stored as the default encoder writes it: the provider re-encodes a secret in an older format ({noop}) at the
         * client's first token request and would then save the client, which this fixed directory does not do.
         */
        private final String clientSecret = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(CLIENT_SECRET);

        @Override
        public org.springframework.security.core.userdetails.UserDetails loadUserByUsername(String username) {
            Person person = people.get(username);
            if (person == null) {
                throw new UsernameNotFoundException(username);
            }
            return User.withUsername(username).password("{noop}" + person.password()).roles("USER").build();
        }

        @Override
        public void save(RegisteredClient registeredClient) {
            throw new UnsupportedOperationException("the test provider has one client");
        }

        @Override
        public RegisteredClient findById(String id) {
            return clientKey.equals(id) ? client() : null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return CLIENT_ID.equals(clientId) ? client() : null;
        }

        private RegisteredClient client() {
            return RegisteredClient.withId(clientKey)
                    .clientId(CLIENT_ID)
                    .clientSecret(clientSecret)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(redirectUris))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class ProviderApp {

        @Bean
        Directory directory() {
            return new Directory();
        }

        /**
         * The provider's filters keep the signed-in person in whatever strategy {@link SecurityContextHolder} holds at
         * the moment of each call. Its authorize endpoint reads the person with the static
         * {@code SecurityContextHolder.getContext()}, while filters built by HttpSecurity keep the strategy they were
         * given when the provider started. Frontline starts after the provider in the same JVM and Vaadin replaces the
         * JVM-wide strategy (VaadinAwareSecurityContextHolderStrategy), so without this bean the filters would write
         * the person into the old strategy and the authorize endpoint would see nobody ("OAuth 2.0 Parameter:
         * principal").
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new CurrentSecurityContextHolderStrategy();
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(withDefaults())
                    .build();
        }

        /** E-mail (verified), name, preferred username and groups of the person in every ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(Directory directory) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Person person = directory.people.get(context.getPrincipal().getName());
                    if (person != null) {
                        context.getClaims().claim("email", person.email()).claim("email_verified", true)
                                .claim("name", person.name()).claim("preferred_username", person.username())
                                .claim("groups", person.groups());
                    }
                }
            };
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** Decodes the provider's own tokens (its OIDC user-info endpoint reads the access token). */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
            return org.springframework.security.config.annotation.web.configuration
                    .OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }

    /** Delegates every call to the strategy {@link SecurityContextHolder} holds right now. */
    static final class CurrentSecurityContextHolderStrategy implements SecurityContextHolderStrategy {

        private static SecurityContextHolderStrategy current() {
            return SecurityContextHolder.getContextHolderStrategy();
        }

        @Override
        public void clearContext() {
            current().clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return current().getContext();
        }

        @Override
        public java.util.function.Supplier<SecurityContext> getDeferredContext() {
            return current().getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            current().setContext(context);
        }

        @Override
        public void setDeferredContext(java.util.function.Supplier<SecurityContext> deferredContext) {
            current().setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return current().createEmptyContext();
        }
    }
}
