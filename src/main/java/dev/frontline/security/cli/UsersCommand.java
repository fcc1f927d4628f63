package dev.frontline.security.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.frontline.security.AdminBootstrap;
import dev.frontline.security.UserAdminException;
import dev.frontline.security.UserSummary;

/**
 * {@code users create-admin}: the first admin of a new centre (or a way back in), from the database host. The
 * password is typed twice at the console, read from standard input ({@code --password-stdin}) or given with
 * {@code --password}; there is never a default.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Logins in the database named by SPRING_DATASOURCE_URL.",
        subcommands = UsersCommand.CreateAdmin.class)
public final class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create-admin", mixinStandardHelpOptions = true,
            description = "Creates an ADMIN login (audited as \"system\"). The password must meet the password policy"
                    + " (docs/security.md).")
    static final class CreateAdmin implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--username", required = true, description = "3 to 60 of a-z, 0-9, '.', '_', '-'.")
        String username;

        @Option(names = "--name", description = "Display name (default: the username).")
        String displayName;

        @Option(names = "--email", description = "E-mail; with company sign-in, finds the login at the first sign-in.")
        String email;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Option(names = "--password", description = "The password (visible in the shell history: prefer the prompt or"
                + " --password-stdin).")
        String password;

        /** Where --password-stdin reads; the process's standard input unless a test sets another. */
        InputStream stdin = System.in;

        @Override
        public Integer call() {
            String secret = password();
            try (ConfigurableApplicationContext context = UsersCliContext.start()) {
                UserSummary admin = context.getBean(AdminBootstrap.class).createAdmin(username,
                        displayName == null || displayName.isBlank() ? username : displayName, email, secret);
                spec.commandLine().getOut().println("Admin " + admin.username() + " created (id " + admin.id() + ")"
                        + (admin.hasPassword() ? "" : "; no local password: signs in through the company as "
                        + admin.email()));
                return 0;
            } catch (UserAdminException e) {
                throw new IllegalArgumentException((e.field() == null ? "" : "--" + option(e.field()) + ": ")
                        + e.getMessage());
            }
        }

        private String password() {
            if (password != null) {
                return password;
            }
            if (passwordStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
                    if (line == null || line.isEmpty()) {
                        throw new IllegalArgumentException("--password-stdin: standard input held no password");
                    }
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the password from standard input", e);
                }
            }
            Console console = System.console();
            if (console == null) {
                // company sign-in only: no password needed, the service says so when one is missing otherwise
                return null;
            }
            char[] first = console.readPassword("Password for %s: ", username);
            char[] second = console.readPassword("Repeat the password: ");
            try {
                if (first == null || !Arrays.equals(first, second)) {
                    throw new IllegalArgumentException("the two passwords differ");
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (second != null) {
                    Arrays.fill(second, ' ');
                }
            }
        }

        private static String option(String field) {
            return switch (field) {
                case "displayName" -> "name";
                default -> field;
            };
        }
    }
}
