package dev.frontline.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import dev.frontline.app.UserLanguages;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.ui.LanguageSwitch;
import dev.frontline.shared.ui.LocalizedDatePickers;

/**
 * The application shell: navigation built from the views' {@code @Menu} entries that the signed-in user may open
 * (so a menu item exists only when its view does and the role allows it), the language switch, the user's name and
 * role, sign-out. After each navigation the date pickers on the page get the user's month and weekday names. Any
 * text a page cuts off with an ellipsis shows in full on hover ({@code cut-text-titles.ts}), on every page.
 */
@Layout
@JsModule("./components/cut-text-titles.ts")
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, UserLanguages languages) {
        setPrimarySection(Section.DRAWER);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("fl-app-title");
        nav.setId("main-nav");
        addToDrawer(title, nav);

        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.addClassName("fl-shell-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        Span spacer = new Span();
        header.add(new DrawerToggle(), spacer, new LanguageSwitch(languages::remember));
        header.setFlexGrow(1, spacer);
        currentUser.get().ifPresent(user -> {
            Span who = new Span(getTranslation("shell.signed-in-as", user.displayName(),
                    getTranslation("role." + user.role().getLiteral())));
            who.setId("current-user");
            Button signOut = new Button(getTranslation("shell.sign-out"), e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(who, signOut);
        });
        addToNavbar(header);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            item.setId("nav-" + entry.path().replace('/', '-'));
            nav.addItem(item);
        }
        getUI().ifPresent(LocalizedDatePickers::localizeAll);
    }
}
