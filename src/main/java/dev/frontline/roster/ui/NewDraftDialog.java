package dev.frontline.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "New draft" asks first: a draft loads the whole period's problem, and a second click must not make a second one.
 * Confirm disables itself on the click; the view's button stays disabled until this dialog closes.
 */
class NewDraftDialog extends Dialog {

    final Button confirm = new Button();
    final Button cancel = new Button();

    /**
     * @param create  makes the draft once the planner confirms
     * @param closed  told when the dialog closes, whichever way
     */
    NewDraftDialog(String question, Runnable create, Runnable closed) {
        setId("roster-new-dialog");
        setHeaderTitle(getTranslation("roster.new"));
        confirm.setId("roster-new-confirm");
        confirm.setText(getTranslation("roster.new.confirm.create"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            try {
                create.run();
            } finally {
                close();
            }
        });
        cancel.setId("roster-new-cancel");
        cancel.setText(getTranslation("roster.edit.cancel"));
        cancel.addClickListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
        add(new Paragraph(question));
        getFooter().add(cancel, confirm);
    }
}
