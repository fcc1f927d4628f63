package dev.frontline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

import dev.frontline.cli.FrontlineCli;

/**
 * Starts the web application, or runs a batch command without the web server when the first argument names one
 * ({@code java -jar frontline.jar --help} lists them).
 */
@SpringBootApplication
@Push
// Vaadin 25 styles the app with plain style sheets: Lumo first, then our own tokens and helpers on top of it
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class FrontlineApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (FrontlineCli.isCommandLine(args)) {
            System.exit(FrontlineCli.run(args));
        }
        SpringApplication.run(FrontlineApplication.class, args);
    }

    /** The tab icon (also at /favicon.ico, which browsers ask for on their own). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.png", "32x32");
    }
}
