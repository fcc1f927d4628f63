package dev.frontline.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.frontline.security.SignInOptions;

/**
 * Sign-in page: the username and password form (unless local passwords are turned off), "Sign in with <company>"
 * when company sign-in is configured, and a link to the one-time setup while no admin exists (the language switch is added by app.ui).
 * A failed sign-in says only that the username or password is wrong, never which; a sign-in refused by login
 * throttling ({@code ?locked=<minutes>}) says how long to wait; an expired session brings the user back here with a
 * note that they were signed out.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(SignInOptions options) {
        setId("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.setVisible(options.localPasswords());
        notice.setId("login-notice");
        notice.setVisible(false);

        H1 title = new H1(getTranslation("app.name"));
        add(title, new Paragraph(getTranslation("login.tagline")), notice, form);
        options.companyName().ifPresent(company -> {
            // a plain link: the browser must leave the Vaadin app for the provider's sign-in page
            Anchor companySignIn = new Anchor(SignInOptions.COMPANY_SIGN_IN_PATH,
                    getTranslation("login.company", company), AnchorTarget.SELF);
            companySignIn.setRouterIgnore(true);
            companySignIn.setId("login-company");
            companySignIn.addClassName("fl-company-sign-in");
            add(companySignIn);
        });
        if (options.setupOpen()) {
            Anchor setup = new Anchor("setup", getTranslation("login.setup"));
            setup.setId("login-setup");
            add(setup);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("locked")) {
            form.showErrorMessage(getTranslation("login.locked.title"),
                    getTranslation("login.locked.message", lockedMinutes(parameters.get("locked"))));
        }
        if (parameters.containsKey("expired")) {
            notice.setText(getTranslation("login.expired"));
            notice.setVisible(true);
        } else if (parameters.containsKey("company-error")) {
            notice.setText(getTranslation("login.company.refused"));
            notice.setVisible(true);
        }
    }

    /** The whole minutes to wait that the sign-in's redirect named ({@code ?locked=3}), between 1 and 60. */
    private static int lockedMinutes(java.util.List<String> values) {
        try {
            return Math.clamp(Integer.parseInt(values.getFirst().strip()), 1, 60);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
