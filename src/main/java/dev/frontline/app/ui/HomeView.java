package dev.frontline.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import dev.frontline.security.CurrentUser;

/** The start page sends each role to its own overview. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().ifPresent(user -> event.forwardTo(switch (user.role()) {
            case PLANNER -> "planner";
            case HR -> "attrition";
            case AGENT -> "me";
            case ADMIN -> "admin/users";
        }));
    }
}
