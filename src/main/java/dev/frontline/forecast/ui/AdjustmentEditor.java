package dev.frontline.forecast.ui;

import java.time.Duration;
import java.time.LocalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import dev.frontline.forecast.AdjustmentInput;
import dev.frontline.forecast.ForecastAdjustmentService;
import dev.frontline.forecast.ForecastDetail;
import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.StoredAdjustment;
import dev.frontline.forecast.engine.AdjustmentType;
import dev.frontline.forecast.ui.ForecastTexts.FieldRef;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * Adds planner adjustments to the shown version (a day or a range of its intervals, by % or by contacts, always with
 * a reason) and lists them. The model forecast is never changed; refusals are shown on the field at fault.
 */
class AdjustmentEditor extends VerticalLayout {

    private final ForecastAdjustmentService service;
    private final Runnable onChanged;
    private final DatePicker date = new DatePicker();
    private final Checkbox wholeDay = new Checkbox();
    private final TimePicker from = new TimePicker();
    private final TimePicker to = new TimePicker();
    private final Select<AdjustmentType> type = new Select<>();
    private final NumberField value = new NumberField();
    private final TextField reason = new TextField();
    private final Button add = new Button();
    private final Span error = new Span();
    private final Paragraph totals = new Paragraph();
    private final Grid<StoredAdjustment> list = new Grid<>();
    private ForecastDetail detail;

    AdjustmentEditor(ForecastAdjustmentService service, Runnable onChanged) {
        this.service = service;
        this.onChanged = onChanged;
        setPadding(false);
        date.setId("forecast-adjust-date");
        date.setLabel(getTranslation("forecast.adjust.date"));
        wholeDay.setId("forecast-adjust-whole-day");
        wholeDay.setLabel(getTranslation("forecast.adjust.whole-day"));
        wholeDay.setValue(true);
        wholeDay.addValueChangeListener(e -> rangeEnabled(!e.getValue()));
        from.setId("forecast-adjust-from");
        from.setLabel(getTranslation("forecast.adjust.from"));
        to.setId("forecast-adjust-to");
        to.setLabel(getTranslation("forecast.adjust.to"));
        to.setHelperText(getTranslation("forecast.adjust.to.help"));
        rangeEnabled(false);
        type.setId("forecast-adjust-type");
        type.setLabel(getTranslation("forecast.adjust.type"));
        type.setItems(AdjustmentType.values());
        type.setItemLabelGenerator(t -> getTranslation("forecast.adjust.type." + t.name().toLowerCase()));
        type.setValue(AdjustmentType.PERCENT);
        value.setId("forecast-adjust-value");
        value.setLabel(getTranslation("forecast.adjust.value"));
        reason.setId("forecast-adjust-reason");
        reason.setLabel(getTranslation("forecast.adjust.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("20em");
        add.setId("forecast-adjust-add");
        add.setText(getTranslation("forecast.adjust.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true); // a double click saves one adjustment, not two
        add.addClickListener(e -> {
            try {
                save();
            } finally {
                add.setEnabled(true);
            }
        });
        error.setId("forecast-adjust-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        totals.setId("forecast-adjust-totals");
        HorizontalLayout form = new HorizontalLayout(date, wholeDay, from, to, type, value, reason, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        list.setId("forecast-adjustments");
        list.setAllRowsVisible(true);
        list.addColumn(a -> Formats.date(a.date())).setHeader(getTranslation("forecast.adjust.col.date")).setAutoWidth(true);
        list.addColumn(a -> a.wholeDay() ? getTranslation("forecast.adjust.whole-day")
                        : ForecastTexts.time(a.from()) + "–" + (a.to().equals(LocalTime.MIDNIGHT) ? "24:00" : ForecastTexts.time(a.to())))
                .setHeader(getTranslation("forecast.adjust.col.range")).setAutoWidth(true);
        list.addColumn(a -> a.type() == AdjustmentType.PERCENT ? Formats.percent(a.amount(), 1)
                        : getTranslation("forecast.adjust.contacts", Formats.decimal(a.amount(), 1)))
                .setHeader(getTranslation("forecast.adjust.col.change")).setAutoWidth(true);
        list.addColumn(StoredAdjustment::reason).setHeader(getTranslation("forecast.adjust.col.reason")).setFlexGrow(1);
        list.addColumn(a -> a.carriedFromVersion() == null ? "" : getTranslation("forecast.adjust.carried", a.carriedFromVersion()))
                .setHeader(getTranslation("forecast.adjust.col.origin")).setAutoWidth(true);
        list.addColumn(a -> a.createdBy() + ", " + UserZone.dateTime(a.createdAt().toInstant()))
                .setHeader(getTranslation("forecast.adjust.col.by")).setAutoWidth(true);
        list.addComponentColumn(a -> {
            Button remove = new Button(getTranslation("forecast.adjust.remove"), click -> remove(a));
            remove.setId("forecast-adjust-remove-" + a.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true);
        add(new H3(getTranslation("forecast.adjust.title")), new Paragraph(getTranslation("forecast.adjust.intro")),
                form, error, totals, list);
    }

    void show(ForecastDetail shown) {
        this.detail = shown;
        date.setMin(shown.version().horizonStart());
        date.setMax(shown.version().lastDay());
        Duration step = Duration.ofMinutes(shown.version().grainMinutes());
        from.setStep(step);
        to.setStep(step);
        from.setHelperText(getTranslation("forecast.adjust.zone", shown.queue().zone().getId()));
        list.setItems(shown.adjustments());
        totals.setText(getTranslation("forecast.adjust.totals", ForecastTexts.contacts(shown.modelTotal()),
                ForecastTexts.contacts(shown.adjustedTotal())));
    }

    private void rangeEnabled(boolean enabled) {
        from.setEnabled(enabled);
        to.setEnabled(enabled);
        if (!enabled) {
            from.clear();
            to.clear();
        }
    }

    private void save() {
        FieldRef[] fields = fields();
        ForecastTexts.clearFields(fields);
        error.setText("");
        if (detail == null) {
            return;
        }
        AdjustmentInput input = new AdjustmentInput(date.getValue(), wholeDay.getValue() ? null : from.getValue(),
                wholeDay.getValue() ? null : to.getValue(), type.getValue(), value.getValue(), reason.getValue());
        try {
            service.add(detail.version().id(), input);
        } catch (ForecastInputException e) {
            ForecastTexts.markField(this, e, fields);
            error.setText(ForecastTexts.message(this, e));
            return;
        }
        value.clear();
        reason.clear();
        // emptied after a save, not left empty by the planner: no red "required" marks
        value.setInvalid(false);
        reason.setInvalid(false);
        onChanged.run();
    }

    private void remove(StoredAdjustment adjustment) {
        try {
            service.remove(detail.version().id(), adjustment.id());
        } catch (ForecastInputException e) {
            error.setText(ForecastTexts.message(this, e));
        }
        onChanged.run();
    }

    private FieldRef[] fields() {
        return new FieldRef[] {new FieldRef("date", date), new FieldRef("from", from), new FieldRef("to", to),
                new FieldRef("type", type), new FieldRef("value", value), new FieldRef("reason", reason)};
    }
}
