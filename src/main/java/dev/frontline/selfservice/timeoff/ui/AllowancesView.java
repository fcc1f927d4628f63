package dev.frontline.selfservice.timeoff.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.timeoff.AllowanceService;
import dev.frontline.selfservice.timeoff.ContractAllowance;
import dev.frontline.selfservice.timeoff.TimeOffService;
import dev.frontline.shared.ui.Formats;

/**
 * The planner's time-off allowances: per contract, the vacation and personal days it grants per calendar year and how
 * many active agents work under it; a form sets one value at a time (picked from the list or chosen), which the agents'
 * balances start from at once.
 */
@Route("time-off-allowances")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.time-off-allowances", order = 36.5, icon = "vaadin:suitcase")
public class AllowancesView extends VerticalLayout implements HasDynamicTitle {

    private final AllowanceService allowances;
    private final Grid<ContractAllowance> grid = new Grid<>();
    private final Select<ContractAllowance> contract = new Select<>();
    private final Select<String> kind = new Select<>();
    private final BigDecimalField days = new BigDecimalField();
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
        grid.addColumn(a -> Formats.decimal(a.vacationDays().doubleValue(), 1))
                .setHeader(getTranslation("selfservice.allowances.col.VACATION"));
        grid.addColumn(a -> Formats.decimal(a.personalDays().doubleValue(), 1))
                .setHeader(getTranslation("selfservice.allowances.col.PERSONAL"));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(a -> {
            contract.setValue(a);
            showDays();
        }));

        contract.setId("allowance-contract");
        contract.setLabel(getTranslation("selfservice.allowances.col.contract"));
        contract.setItemLabelGenerator(a -> a.contractName() + " (" + a.contractCode() + ")");
        contract.addValueChangeListener(e -> showDays());
        kind.setId("allowance-kind");
        kind.setLabel(getTranslation("selfservice.allowances.kind"));
        kind.setItems(TimeOffService.KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("selfservice.allowances.col." + k));
        kind.setValue(TimeOffService.KINDS.get(0));
        kind.addValueChangeListener(e -> showDays());
        days.setId("allowance-days");
        days.setLabel(getTranslation("selfservice.allowances.days"));
        Button save = new Button(getTranslation("selfservice.allowances.save"), e -> save());
        save.setId("allowance-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(contract, kind, days, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        add(new H2(getTranslation("selfservice.allowances.title")), new Span(getTranslation("selfservice.allowances.explain")),
                form, message, grid);
        reload(null);
    }

    private void reload(String selectCode) {
        List<ContractAllowance> all = allowances.allowances();
        grid.setItems(all);
        contract.setItems(all);
        all.stream().filter(a -> a.contractCode().equals(selectCode)).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(contract::setValue);
        showDays();
    }

    private void showDays() {
        ContractAllowance chosen = contract.getValue();
        days.setValue(chosen == null ? null : daysOf(chosen, kind.getValue()));
    }

    private static BigDecimal daysOf(ContractAllowance allowance, String kind) {
        return "PERSONAL".equals(kind) ? allowance.personalDays() : allowance.vacationDays();
    }

    private void save() {
        ContractAllowance chosen = contract.getValue();
        if (chosen == null) {
            return;
        }
        try {
            ContractAllowance saved = allowances.set(chosen.contractCode(), kind.getValue(), days.getValue());
            reload(saved.contractCode());
            message.setText(getTranslation("selfservice.allowances.saved", saved.contractName(),
                    getTranslation("selfservice.allowances.col." + kind.getValue()), daysOf(saved, kind.getValue()),
                    saved.agents()));
        } catch (SelfServiceException refused) {
            message.setText(refused.reason(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.time-off-allowances") + " | " + getTranslation("app.name");
    }
}
