package dev.frontline.selfservice.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.selfservice.notifications.Notification;
import dev.frontline.selfservice.notifications.NotificationService;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * The agent's notification badge (ids {@code notifications-badge}, {@code notifications-count}); a click opens the
 * list ({@code notifications-list}), each worded in the user's language, and marks them read.
 */
public class NotificationBell extends Div {

    private final transient NotificationService notifications;
    private final Span count = new Span();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        Button bell = new Button(VaadinIcon.BELL.create(), e -> open());
        bell.setId("notifications-badge");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("notifications-count");
        count.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "pill", "small"));
        bell.setSuffixComponent(count);
        add(bell);
        refresh();
    }

    public void refresh() {
        int unread = notifications.myUnreadCount();
        count.setText(Formats.integer(unread));
        count.setVisible(unread > 0);
        getChildren().filter(c -> c instanceof Button).map(Button.class::cast).findFirst()
                .ifPresent(b -> b.setAriaLabel(getTranslation("selfservice.notifications.badge", unread)));
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("selfservice.notifications.title"));
        VerticalLayout list = new VerticalLayout();
        list.setId("notifications-list");
        list.setPadding(false);
        var all = notifications.mine();
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("selfservice.notifications.none")));
        }
        for (Notification n : all) {
            Div item = new Div();
            item.addClassName(n.unread() ? "fl-notification-unread" : "fl-notification");
            Span text = new Span(notifications.render(n, getLocale()));
            Span when = new Span(UserZone.dateTime(n.createdAt().toInstant()));
            when.addClassName("fl-muted");
            item.add(text, new Div(when));
            list.add(item);
        }
        notifications.markAllRead();
        Button close = new Button(getTranslation("selfservice.notifications.close"), e -> dialog.close());
        close.setId("notifications-close");
        dialog.getFooter().add(close);
        dialog.add(list);
        dialog.addOpenedChangeListener(e -> refresh());
        dialog.open();
    }
}
