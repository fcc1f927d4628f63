package dev.frontline.training.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;

import dev.frontline.shared.ui.Formats;
import dev.frontline.training.TrainingException;
import dev.frontline.training.TrainingSupplyService;
import dev.frontline.training.OffPhone.Month;
import dev.frontline.training.OffPhone.Scope;
import dev.frontline.training.OffPhone.ScopeOption;

/**
 * Off-phone hours per month of each site or team — taken by results, planned by open enrolments due that month —
 * against the budget HR sets here (planners read it). Six months back and six ahead.
 */
class OffPhoneBudgetPanel extends VerticalLayout {

    private final transient TrainingSupplyService supply;
    final RadioButtonGroup<Scope> by = new RadioButtonGroup<>();
    final Grid<Month> grid = new Grid<>();
    final ComboBox<ScopeOption> place = new ComboBox<>();
    final ComboBox<YearMonth> month = new ComboBox<>();
    final BigDecimalField hours = new BigDecimalField();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    private final List<YearMonth> months;

    OffPhoneBudgetPanel(TrainingSupplyService supply, boolean mayEdit) {
        this.supply = supply;
        setId("training-budget");
        setPadding(false);
        YearMonth now = supply.thisMonth();
        months = IntStream.rangeClosed(-6, 5).mapToObj(now::plusMonths).toList();
        by.setId("training-budget-by");
        by.setItems(Scope.SITE, Scope.TEAM);
        by.setItemLabelGenerator(s -> getTranslation("training2.budget.by." + s.name().toLowerCase(java.util.Locale.ROOT)));
        by.setValue(Scope.SITE);
        grid.setId("training-budget-grid");
        grid.addColumn(r -> monthName(r.month())).setHeader(getTranslation("training2.budget.col.month"));
        grid.addColumn(Month::scopeName).setHeader(getTranslation("training2.budget.col.place")).setFlexGrow(2);
        grid.addColumn(r -> hoursText(r.taken())).setHeader(getTranslation("training2.budget.col.taken"));
        grid.addColumn(r -> hoursText(r.planned())).setHeader(getTranslation("training2.budget.col.planned"));
        grid.addColumn(r -> r.budget() == null ? getTranslation("training2.budget.none") : hoursText(r.budget()))
                .setHeader(getTranslation("training2.budget.col.budget"));
        grid.addColumn(this::against).setHeader(getTranslation("training2.budget.col.against")).setFlexGrow(2);
        grid.setHeight("360px");
        place.setId("training-budget-place");
        place.setLabel(getTranslation("training2.budget.place"));
        place.setItemLabelGenerator(ScopeOption::name);
        month.setId("training-budget-month");
        month.setLabel(getTranslation("training2.budget.month"));
        month.setItems(months);
        month.setItemLabelGenerator(this::monthName);
        month.setValue(now);
        hours.setId("training-budget-hours");
        hours.setLabel(getTranslation("training2.budget.hours"));
        hours.setHelperText(getTranslation("training2.budget.hours-help"));
        save.setId("training-budget-save");
        save.setText(getTranslation("training2.budget.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        message.setId("training-budget-message");
        HorizontalLayout editor = new HorizontalLayout(place, month, hours, save);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.setVisible(mayEdit);
        by.addValueChangeListener(e -> refresh());
        add(new H3(getTranslation("training2.budget.title")), new Paragraph(getTranslation("training2.budget.intro")),
                by, grid, editor, message);
        refresh();
    }

    void refresh() {
        Scope scope = by.getValue() == null ? Scope.SITE : by.getValue();
        grid.setItems(supply.offPhone(scope, months.getFirst(), months.getLast()));
        String chosen = place.getValue() == null ? null : place.getValue().code();
        List<ScopeOption> options = supply.scopes(scope);
        place.setItems(options);
        // the place stays chosen after a save, so the next month's budget is one step away
        options.stream().filter(o -> o.code().equals(chosen)).findFirst().ifPresent(place::setValue);
    }

    private void save() {
        if (place.getValue() == null || month.getValue() == null) {
            message.setText(getTranslation("training2.budget.pick"));
            return;
        }
        try {
            supply.setBudget(by.getValue(), place.getValue().code(), month.getValue(), hours.getValue());
            message.setText(getTranslation(hours.getValue() == null ? "training2.budget.removed" : "training2.budget.saved",
                    place.getValue().name(), monthName(month.getValue()),
                    hours.getValue() == null ? "" : hoursText(hours.getValue())));
            refresh();
        } catch (TrainingException refused) {
            message.setText(TrainingTexts.refusals(refused));
        }
    }

    /** The month's hours against its budget, in words: what is left, or by how much it is over. */
    private String against(Month r) {
        if (r.budget() == null) {
            return "";
        }
        BigDecimal left = r.budget().subtract(r.taken()).subtract(r.planned());
        return left.signum() >= 0 ? getTranslation("training2.budget.left", hoursText(left))
                : getTranslation("training2.budget.over", hoursText(left.negate()));
    }

    private String monthName(YearMonth m) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Formats.locale()).format(m);
    }

    private static String hoursText(BigDecimal value) {
        return Formats.decimal(value.doubleValue(), 1);
    }
}
