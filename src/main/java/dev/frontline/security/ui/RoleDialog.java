package dev.frontline.security.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.AgentWithoutLogin;
import dev.frontline.security.UserAdminException;
import dev.frontline.security.UserAdminService;
import dev.frontline.security.UserSummary;

/** Gives a login another role; an AGENT is linked to an agent without a login. */
class RoleDialog extends Dialog {

    final Select<AppRole> role = new Select<>();
    final ComboBox<AgentWithoutLogin> agent = new ComboBox<>();
    final Button save = new Button();

    RoleDialog(UserAdminService users, UserSummary user, Runnable changed) {
        setId("role-dialog");
        setHeaderTitle(getTranslation("users.change-role.title", user.username()));
        role.setId("role-select");
        role.setLabel(getTranslation("users.field.role"));
        role.setItems(Arrays.asList(AppRole.values()));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.getLiteral()));
        role.setValue(user.role());
        agent.setId("role-agent");
        agent.setLabel(getTranslation("users.field.agent"));
        List<AgentWithoutLogin> choices = new ArrayList<>(users.agentsWithoutLogin());
        agent.setItems(choices);
        agent.setItemLabelGenerator(a -> a.employeeNumber() + " – " + a.fullName());
        agent.setVisible(user.role() == AppRole.AGENT);
        role.addValueChangeListener(e -> agent.setVisible(e.getValue() == AppRole.AGENT));
        add(role, agent);

        save.setId("role-save");
        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                Long agentId = role.getValue() == AppRole.AGENT
                        ? (agent.getValue() != null ? Long.valueOf(agent.getValue().agentId()) : user.agentId()) : null;
                users.changeRole(user.id(), role.getValue(), agentId);
                close();
                changed.run();
            } catch (UserAdminException refused) {
                var target = "agentId".equals(refused.field()) ? agent : role;
                target.setErrorMessage(getTranslation(refused.key(), refused.args()));
                target.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("users.cancel"), e -> close()), save);
    }
}
