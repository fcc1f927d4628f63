package dev.frontline.selfservice.timeoff.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.timeoff.AllowanceService;
import dev.frontline.selfservice.timeoff.ContractAllowance;
import dev.frontline.shared.ui.Formats;

/**
 * The planner's time-off allowances: per contract, the vacation and personal days it grants per calendar year and how
 * many active agents work under it; each value is saved on its own (the agents' balances start from it at once).
 */
@Route("time-off-allowances")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.time-off-allowances", order = 36.5, icon = "vaadin:suitcase")
public class AllowancesView extends VerticalLayout implements HasDynamicTitle {

    private final AllowanceService allowances;
    private final Grid<ContractAllowance> grid = new Grid<>();
    private final Span message = new Span();

    public AllowancesView(AllowanceService allowances) {
        this.allowances = allowances;
        setId("time-off-allowances");
        message.setId("allowances-message");
        grid.setId("allowances-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> a.contractName() + " (" + a.contractCode() + ")")
                .setHeader(getTranslation("selfservice.allowances.col.contract")).setAutoWidth(true);
        grid.addColumn(a -> Formats.integer(a.agents())).setHeader(getTranslation("selfservice.allowances.col.agents"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> editor(a, "VACATION", a.vacationDays()))
                .setHeader(getTranslation("selfservice.allowances.col.VACATION"));
        grid.addComponentColumn(a -> editor(a, "PERSONAL", a.personalDays()))
                .setHeader(getTranslation("selfservice.allowances.col.PERSONAL"));
        add(new H2(getTranslation("selfservice.allowances.title")), new Span(getTranslation("selfservice.allowances.explain")),
                message, grid);
        grid.setItems(allowances.allowances());
    }

    /** A days field with its own save button, so one value is changed and audited at a time. */
    private VerticalLayout editor(ContractAllowance allowance, String kind, BigDecimal days) {
        BigDecimalField field = new BigDecimalField();
        field.setId("allowance-" + kind + "-" + allowance.contractCode());
        field.setValue(days);
        field.setWidth("7rem");
        field.setAriaLabel(getTranslation("selfservice.allowances.col." + kind) + " " + allowance.contractCode());
        Button save = new Button(getTranslation("selfservice.allowances.save"), e -> save(allowance, kind, field.getValue()));
        save.setId("allowance-save-" + kind + "-" + allowance.contractCode());
        VerticalLayout cell = new VerticalLayout(field, save);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private void save(ContractAllowance allowance, String kind, BigDecimal days) {
        try {
            ContractAllowance saved = allowances.set(allowance.contractCode(), kind, days);
            message.setText(getTranslation("selfservice.allowances.saved", saved.contractName(),
                    getTranslation("selfservice.allowances.col." + kind),
                    "VACATION".equals(kind) ? saved.vacationDays() : saved.personalDays(), saved.agents()));
            grid.setItems(allowances.allowances());
        } catch (SelfServiceException refused) {
            message.setText(getTranslation("selfservice.allowances.refused." + refused.rule()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.time-off-allowances") + " | " + getTranslation("app.name");
    }
}
