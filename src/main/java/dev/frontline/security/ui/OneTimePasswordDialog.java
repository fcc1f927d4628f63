package dev.frontline.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a one-time password once: it is not stored in clear and cannot be shown again. */
class OneTimePasswordDialog extends Dialog {

    final TextField secret = new TextField();

    OneTimePasswordDialog(String username, String oneTimePassword) {
        setId("one-time-password-dialog");
        setHeaderTitle(getTranslation("users.one-time.title", username));
        secret.setId("one-time-password");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setValue(oneTimePassword);
        add(new Paragraph(getTranslation("users.one-time.explain")), secret);
        Button done = new Button(getTranslation("users.done"), e -> close());
        done.setId("one-time-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
