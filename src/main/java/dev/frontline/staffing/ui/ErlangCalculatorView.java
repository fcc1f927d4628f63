package dev.frontline.staffing.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.Kpi;
import dev.frontline.staffing.ErlangCalculator;
import dev.frontline.staffing.ErlangCalculator.Row;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.StaffingInputException;

/**
 * Erlang calculator for one interval: the agents a voice queue needs, a what-if table around that number and the
 * sentence that explains it. Bad input is marked on its field and clears the result, so no stale or undefined
 * figure stays on screen.
 */
@Route("erlang")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.erlang", order = 3, icon = "vaadin:calc")
public class ErlangCalculatorView extends VerticalLayout implements HasDynamicTitle {

    private final ErlangCalculator calculator;
    private final NumberField calls = field("erlang-calls", "erlang.field.calls", 400);
    private final Select<Integer> period = new Select<>();
    private final NumberField aht = field("erlang-aht", "erlang.field.aht", 257);
    private final NumberField slPercent = field("erlang-sl-percent", "erlang.field.sl-percent", 80);
    private final NumberField slSeconds = field("erlang-sl-seconds", "erlang.field.sl-seconds", 20);
    private final NumberField asaGoal = field("erlang-asa", "erlang.field.asa", null);
    private final NumberField maxOccupancy = field("erlang-max-occupancy", "erlang.field.max-occupancy", 85);
    private final NumberField shrinkage = field("erlang-shrinkage", "erlang.field.shrinkage", 30);
    private final NumberField patience = field("erlang-patience", "erlang.field.patience", null);
    private final Checkbox sizeWithErlangA = new Checkbox();
    private final Div summary = new Div();
    private final Paragraph explanation = new Paragraph();
    private final Grid<Row> table = new Grid<>();
    private final Map<String, NumberField> fieldByEngineName = new LinkedHashMap<>();

    public ErlangCalculatorView(ErlangCalculator calculator) {
        this.calculator = calculator;
        setId("erlang-calculator");
        add(new H2(getTranslation("erlang.title")), new Paragraph(getTranslation("erlang.intro")));

        period.setId("erlang-period");
        period.setLabel(getTranslation("erlang.field.period"));
        period.setItems(15, 30, 60);
        period.setItemLabelGenerator(minutes -> getTranslation("erlang.period.minutes", minutes));
        period.setValue(30);
        asaGoal.setHelperText(getTranslation("erlang.optional"));
        patience.setHelperText(getTranslation("erlang.patience.helper"));
        sizeWithErlangA.setId("erlang-model-a");
        sizeWithErlangA.setLabel(getTranslation("erlang.field.model-a"));

        FormLayout form = new FormLayout(calls, period, aht, slPercent, slSeconds, asaGoal, maxOccupancy, shrinkage,
                patience, sizeWithErlangA);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        Button calculate = new Button(getTranslation("erlang.calculate"), click -> calculate());
        calculate.setId("erlang-calculate");
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        calculate.addClickShortcut(Key.ENTER);

        // engine messages start with the field they are about; map them back to the input
        fieldByEngineName.put("contacts", calls);
        fieldByEngineName.put("AHT", aht);
        fieldByEngineName.put("service level target", slPercent);
        fieldByEngineName.put("service goal", slPercent);
        fieldByEngineName.put("service level threshold", slSeconds);
        fieldByEngineName.put("ASA goal", asaGoal);
        fieldByEngineName.put("max occupancy", maxOccupancy);
        fieldByEngineName.put("shrinkage", shrinkage);
        fieldByEngineName.put("unplanned shrinkage", shrinkage);
        fieldByEngineName.put("patience", patience);

        summary.setId("erlang-summary");
        explanation.setId("erlang-explanation");
        configureTable();
        add(form, calculate, summary, explanation, table);
        calculate();
    }

    private NumberField field(String id, String labelKey, Number initial) {
        NumberField f = new NumberField(getTranslation(labelKey));
        f.setId(id);
        if (initial != null) {
            f.setValue(initial.doubleValue());
        }
        f.addValueChangeListener(change -> f.setInvalid(false));
        return f;
    }

    private void configureTable() {
        table.setId("erlang-table");
        table.setAllRowsVisible(true);
        table.addColumn(r -> Formats.integer(r.agents())).setHeader(getTranslation("erlang.col.agents"));
        table.addColumn(r -> Formats.percent(r.slPercent(), 1)).setHeader(getTranslation("erlang.col.sl"));
        table.addColumn(r -> r.asaSeconds() == null ? getTranslation("erlang.unstable") : Formats.decimal(r.asaSeconds(), 1))
                .setHeader(getTranslation("erlang.col.asa"));
        table.addColumn(r -> Formats.percent(r.occupancyPercent(), 1)).setHeader(getTranslation("erlang.col.occupancy"));
        table.addColumn(r -> Formats.percent(r.answeredImmediatelyPercent(), 1)).setHeader(getTranslation("erlang.col.immediate"));
        table.addColumn(r -> r.abandonPercent() == null ? "–" : Formats.percent(r.abandonPercent(), 2))
                .setHeader(getTranslation("erlang.col.abandon")).setKey("abandon");
        table.addColumn(r -> half(r.scheduled())).setHeader(getTranslation("erlang.col.scheduled"));
        table.addColumn(r -> r.required() ? getTranslation("erlang.required-marker") : "").setKey("required");
        table.setPartNameGenerator(r -> r.required() ? "fl-required-row" : null);
    }

    /** Scheduled staff is shown to the nearest half head without a trailing ".0", as the reference calculator does. */
    static String half(double value) {
        return Formats.decimal(value, value == Math.rint(value) ? 0 : 1);
    }

    void calculate() {
        clearResult();
        Double callsValue = read(calls, true, v -> v >= 0, "erlang.error.not-negative");
        Double ahtValue = read(aht, true, v -> v > 0, "erlang.error.positive");
        Double slValue = read(slPercent, true, v -> v > 0 && v <= 100, "erlang.error.percent");
        Double thresholdValue = read(slSeconds, true, v -> v >= 0, "erlang.error.not-negative");
        Double asaValue = read(asaGoal, false, v -> v > 0, "erlang.error.positive");
        Double occupancyValue = read(maxOccupancy, true, v -> v > 0 && v <= 100, "erlang.error.percent");
        Double shrinkageValue = read(shrinkage, true, v -> v >= 0 && v < 100, "erlang.error.shrinkage");
        Double patienceValue = read(patience, false, v -> v > 0, "erlang.error.positive");
        if (sizeWithErlangA.getValue() && patienceValue == null && !patience.isInvalid()) {
            invalid(patience, getTranslation("erlang.error.patience-for-a"));
        }
        if (calls.isInvalid() || aht.isInvalid() || slPercent.isInvalid() || slSeconds.isInvalid() || asaGoal.isInvalid()
                || maxOccupancy.isInvalid() || shrinkage.isInvalid() || patience.isInvalid()) {
            return;
        }
        ErlangCalculator.Result result;
        try {
            result = calculator.calculate(new ErlangCalculator.Input(callsValue, period.getValue(), ahtValue, slValue,
                    thresholdValue, asaValue, occupancyValue, shrinkageValue, patienceValue, sizeWithErlangA.getValue()));
        } catch (IllegalArgumentException e) {
            // the engine names the field and says why; the reason shows under that field in the user's language
            invalid(fieldFor(e instanceof StaffingInputException s ? s.field() : e.getMessage()),
                    getTranslation("erlang.error.engine", e instanceof StaffingInputException s
                            ? s.reason().render(getLocale()) : e.getMessage()));
            return;
        }
        show(result, patienceValue != null);
    }

    private NumberField fieldFor(String message) {
        NumberField match = calls;
        int longest = -1;
        for (Map.Entry<String, NumberField> e : fieldByEngineName.entrySet()) {
            if (message.startsWith(e.getKey()) && e.getKey().length() > longest) {
                match = e.getValue();
                longest = e.getKey().length();
            }
        }
        return match;
    }

    private Double read(NumberField field, boolean required, java.util.function.DoublePredicate valid, String errorKey) {
        Double value = field.getValue();
        if (value == null) {
            if (required) {
                invalid(field, getTranslation("erlang.error.required"));
            } else {
                field.setInvalid(false);
            }
            return null;
        }
        if (!Double.isFinite(value) || !valid.test(value)) {
            invalid(field, getTranslation(errorKey));
            return null;
        }
        field.setInvalid(false);
        return value;
    }

    private static void invalid(NumberField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearResult() {
        summary.removeAll();
        explanation.setText("");
        table.setItems();
    }

    private void show(ErlangCalculator.Result result, boolean withAbandon) {
        Row required = result.requiredRow();
        String sentence = result.requirement().explanation().says().render(getLocale());
        summary.add(new FlexLayout(
                new Kpi("erlang-kpi-agents", getTranslation("erlang.kpi.agents"), Formats.integer(required.agents()), sentence),
                new Kpi("erlang-kpi-scheduled", getTranslation("erlang.kpi.scheduled"), half(required.scheduled()),
                        getTranslation("erlang.kpi.scheduled.explain", shrinkage.getValue())),
                new Kpi("erlang-kpi-load", getTranslation("erlang.kpi.load"), Formats.decimal(result.offeredLoad(), 2),
                        getTranslation("erlang.kpi.load.explain")),
                new Kpi("erlang-kpi-sl", getTranslation("erlang.kpi.sl"), Formats.percent(required.slPercent(), 1), sentence),
                new Kpi("erlang-kpi-occupancy", getTranslation("erlang.kpi.occupancy"),
                        Formats.percent(required.occupancyPercent(), 1), sentence)));
        explanation.setText(getTranslation("erlang.explanation", sentence,
                getTranslation(ServiceGoal.bindingKey(result.requirement().bindingConstraint()))));
        table.getColumnByKey("abandon").setVisible(withAbandon);
        table.setItems(result.rows());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erlang.title") + " | " + getTranslation("app.name");
    }
}
