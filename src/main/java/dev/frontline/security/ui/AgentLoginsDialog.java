package dev.frontline.security.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import dev.frontline.security.AgentLogin;
import dev.frontline.security.AgentWithoutLogin;
import dev.frontline.security.UserAdminException;
import dev.frontline.security.UserAdminService;
import dev.frontline.shared.ui.CsvExport;

/**
 * Creates a login for every current agent without one, in one go: the username is the employee number in lower case
 * and each gets a one-time password, listed once here and downloadable once as CSV to hand out.
 */
class AgentLoginsDialog extends Dialog {

    private final transient UserAdminService users;
    private final transient Runnable changed;
    private transient List<AgentLogin> created = List.of();

    final Paragraph summary = new Paragraph();
    final Button create = new Button();
    final Grid<AgentLogin> result = new Grid<>();

    AgentLoginsDialog(UserAdminService users, Runnable changed) {
        this.users = users;
        this.changed = changed;
        setId("agent-logins-dialog");
        setHeaderTitle(getTranslation("users.agent-logins"));
        setWidth("48em");
        List<AgentWithoutLogin> candidates = users.agentsWithoutLogin();
        summary.setId("agent-logins-summary");
        summary.setText(getTranslation("users.agent-logins.summary", candidates.size()));
        create.setId("agent-logins-create");
        create.setText(getTranslation("users.agent-logins.create", candidates.size()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!candidates.isEmpty());
        create.addClickListener(e -> create());

        result.setId("agent-logins-result");
        result.addColumn(AgentLogin::username).setHeader(getTranslation("users.field.username")).setAutoWidth(true);
        result.addColumn(AgentLogin::employeeNumber).setHeader(getTranslation("users.field.agent")).setAutoWidth(true);
        result.addColumn(AgentLogin::fullName).setHeader(getTranslation("users.field.display-name")).setAutoWidth(true);
        result.addColumn(AgentLogin::oneTimePassword).setHeader(getTranslation("users.field.one-time-password"))
                .setAutoWidth(true);
        result.setVisible(false);
        result.setAllRowsVisible(false);
        result.setHeight("20em");
        add(summary, result);
        getFooter().add(new Button(getTranslation("users.done"), e -> close()), create);
    }

    private void create() {
        try {
            created = users.createAgentLogins(null);
        } catch (UserAdminException refused) {
            summary.setText(getTranslation(refused.key(), refused.args()));
            return;
        }
        summary.setText(getTranslation("users.agent-logins.done", created.size()));
        result.setItems(created);
        result.setVisible(true);
        create.setVisible(false);
        add(CsvExport.link("agent-logins-csv", getTranslation("users.agent-logins.csv"), "agent-logins.csv",
                List.of("username", "employee_number", "name", "one_time_password"),
                () -> created.stream().map(l -> List.of(l.username(), l.employeeNumber(), l.fullName(),
                        l.oneTimePassword())).toList()));
        changed.run();
    }
}
