package dev.frontline.app.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

import dev.frontline.security.CurrentUser;

/**
 * A page inside the app layout, with the user's own menu, that says in their language why the address they opened
 * shows nothing and leads back to their home page. Like Vaadin's default it does not tell a forbidden page from a
 * missing one: both read "not open to you".
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final transient CurrentUser currentUser;
    private final Paragraph text = new Paragraph();

    ErrorPage(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setId("access-denied");
        addClassName("fl-error-page");
        Icon icon = VaadinIcon.LOCK.create();
        icon.addClassName("fl-error-icon");
        H2 title = new H2(getTranslation("error.denied.title"));
        title.setId("access-denied-title");
        text.setId("access-denied-text");
        Button home = new Button(getTranslation("error.home"), e -> getUI().ifPresent(ui -> ui.navigate("")));
        home.setId("access-denied-home");
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(icon, title, text, home);
    }

    void show(String path) {
        String role = currentUser.get().map(u -> getTranslation("role." + u.role().getLiteral())).orElse("");
        text.setText(getTranslation("error.denied.text", "/" + path, role));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.denied.title") + " | " + getTranslation("app.name");
    }
}
