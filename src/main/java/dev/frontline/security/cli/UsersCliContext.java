package dev.frontline.security.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.frontline.security.AdminBootstrap;
import dev.frontline.security.CurrentUser;
import dev.frontline.security.PasswordPolicy;
import dev.frontline.security.SignInRules;
import dev.frontline.security.UserAdminService;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.audit.persistence.AuditEventRepository;

/**
 * The data layer and the user services, without web server, Vaadin or method security: the command line is an
 * operator's tool on the database host (like {@code db migrate}), and its audit events name the actor "system".
 */
// not a @Configuration, so the web app's component scan leaves it (and its second PasswordEncoder) out
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class, JooqAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        ValidationAutoConfiguration.class})
@Import({AdminBootstrap.class, UserAdminService.class, PasswordPolicy.class, UserAccountRepository.class,
        AuditTrail.class, AuditEventRepository.class, CurrentUser.class, SignInRules.class})
class UsersCliContext {

    /** The same encoding as the web app's ({@code {bcrypt}...}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(UsersCliContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "spring.jooq.sql-dialect=POSTGRES",
                        "spring.flyway.locations=classpath:db/migration", "logging.level.root=warn")
                .run();
    }
}
