package dev.frontline.roster.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Publishing a roster that breaks hard rules: the planner confirms it and says why, and the reason goes to the audit
 * trail with the publish. Agents see a published roster at once, so this is never one click.
 */
class PublishDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    /** @param publish told the reason once the planner confirms */
    PublishDialog(String versionLabel, int brokenRules, Consumer<String> publish) {
        setId("roster-publish-dialog");
        setHeaderTitle(getTranslation("roster.publish.confirm.title", versionLabel));
        reason.setId("roster-publish-reason");
        reason.setLabel(getTranslation("roster.publish.confirm.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        confirm.setId("roster-publish-confirm");
        confirm.setText(getTranslation("roster.publish.confirm.publish"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setDisableOnClick(true);
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        confirm.addClickListener(e -> {
            close();
            publish.accept(reason.getValue().strip());
        });
        cancel.setId("roster-publish-cancel");
        cancel.setText(getTranslation("roster.edit.cancel"));
        cancel.addClickListener(e -> close());
        add(new Paragraph(getTranslation("roster.publish.confirm.text", brokenRules)), reason);
        getFooter().add(cancel, confirm);
        setWidth("32rem");
    }
}
