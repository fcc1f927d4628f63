package dev.frontline.app;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** An expired session takes the user to the sign-in page with a note, instead of a bare reload. */
@Component
class SessionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredURL("login?expired");
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }
}
