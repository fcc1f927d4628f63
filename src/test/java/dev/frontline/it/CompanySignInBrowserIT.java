package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.frontline.testing.ScratchDatabase;
import testsupport.oidc.CompanyIdentityProvider;
import testsupport.oidc.CompanyIdentityProvider.Person;

/**
 * A real browser signs in to the packaged app with a company account: the sign-in page's company button, the
 * OpenID Connect provider's own login form (Spring Authorization Server on 127.0.0.1), and back to Frontline as the
 * planner the provider's groups claim makes them, with a login Frontline created at that first sign-in.
 */
class CompanySignInBrowserIT {

    private static CompanyIdentityProvider provider;
    private static ScratchDatabase database;
    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        Browsers.requireInstalled();
        provider = CompanyIdentityProvider.start();
        database = ScratchDatabase.create("frontline_oidc_browser");
        app = PackagedApp.startDemo(Map.of("SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", ScratchDatabase.USER,
                "SPRING_DATASOURCE_PASSWORD", ScratchDatabase.PASSWORD),
                "--frontline.oidc.issuer-uri=" + provider.issuer(),
                "--frontline.oidc.client-id=" + CompanyIdentityProvider.CLIENT_ID,
                "--frontline.oidc.client-secret=" + CompanyIdentityProvider.CLIENT_SECRET,
                "--frontline.oidc.display-name=Centre SSO",
                "--frontline.oidc.role-mapping.wfm-planners=PLANNER");
        provider.allowRedirect(app.baseUrl() + "/login/oauth2/code/company");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
            if (provider != null) {
                provider.close();
            }
        }
    }

    @Test
    void aPlannerSignsInThroughTheCompanyProviderAndSeesThePlannerOverview() throws Exception {
        provider.add(new Person("selin", "selin-at-idp", "selin.arslan@centre.example", "Selin Arslan",
                List.of("wfm-planners")));
        WebDriver browser = Browsers.open();
        try {
            browser.get(app.baseUrl() + "/login");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            WebElement company = wait.until(d -> d.findElement(By.id("login-company")));
            assertThat(company.getText()).contains("Centre SSO");
            company.click();

            Browsers.awaitOrScreenshot(browser, "company-provider-login",
                    () -> wait.until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login")));
            browser.findElement(By.id("username")).sendKeys("selin");
            browser.findElement(By.id("password")).sendKeys("selin-at-idp");
            browser.findElement(By.cssSelector("button[type=submit]")).click();

            Browsers.awaitOrScreenshot(browser, "company-sign-in",
                    () -> wait.until(d -> Browsers.at(d, "/planner")));
            WebElement user = wait.until(d -> d.findElement(By.id("current-user")));
            assertThat(user.getText()).contains("Selin Arslan");
            Browsers.screenshot(browser, "company-sign-in-planner");
        } finally {
            browser.quit();
        }
    }
}
