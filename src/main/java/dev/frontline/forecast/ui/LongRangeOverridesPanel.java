package dev.frontline.forecast.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.LongRangeForecastService;
import dev.frontline.forecast.LongRangeOverrideInput;
import dev.frontline.forecast.StoredLongRangeOverride;
import dev.frontline.forecast.engine.LongRangeOverride;
import dev.frontline.forecast.ui.ForecastTexts.FieldRef;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * The planner's overrides of a queue's long-range forecast: a list for everyone who may see the forecast, and for
 * planners a form to add one, change one (Edit fills the form) or remove one. Every change redraws the forecast.
 */
class LongRangeOverridesPanel extends VerticalLayout {

    private final LongRangeForecastService service;
    private final boolean planner;
    private final Runnable onChanged;
    private final Grid<StoredLongRangeOverride> list = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<LongRangeOverride.Measure> measure = new Select<>();
    private final NumberField percent = new NumberField();
    private final TextField reason = new TextField();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Paragraph error = new Paragraph();
    private String queueCode;
    private StoredLongRangeOverride editing;

    LongRangeOverridesPanel(LongRangeForecastService service, boolean planner, Runnable onChanged) {
        this.service = service;
        this.planner = planner;
        this.onChanged = onChanged;
        setId("longrange-overrides");
        setPadding(false);
        from.setId("longrange-override-from");
        from.setLabel(getTranslation("longrange.override.from"));
        to.setId("longrange-override-to");
        to.setLabel(getTranslation("longrange.override.to"));
        to.setHelperText(getTranslation("longrange.override.to.helper"));
        measure.setId("longrange-override-measure");
        measure.setLabel(getTranslation("longrange.override.measure"));
        measure.setItems(LongRangeOverride.Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation("longrange.override.measure." + m.name().toLowerCase()));
        measure.setValue(LongRangeOverride.Measure.VOLUME);
        percent.setId("longrange-override-percent");
        percent.setLabel(getTranslation("longrange.override.percent"));
        percent.setWidth("8em");
        reason.setId("longrange-override-reason");
        reason.setLabel(getTranslation("longrange.override.reason"));
        reason.setPlaceholder(getTranslation("longrange.override.reason.placeholder"));
        reason.setWidth("22em");
        save.setId("longrange-override-save");
        save.setText(getTranslation("longrange.override.add"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("longrange-override-cancel");
        cancel.setText(getTranslation("longrange.override.cancel"));
        cancel.addClickListener(e -> stopEditing());
        cancel.setVisible(false);
        error.setId("longrange-override-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout form = new HorizontalLayout(from, to, measure, percent, reason, save, cancel);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(planner);

        list.setId("longrange-overrides-grid");
        list.setAllRowsVisible(true);
        list.addColumn(o -> Formats.date(o.from())).setHeader(getTranslation("longrange.override.col.from")).setAutoWidth(true);
        list.addColumn(o -> o.to() == null ? getTranslation("longrange.override.open-ended") : Formats.date(o.to()))
                .setHeader(getTranslation("longrange.override.col.to")).setAutoWidth(true);
        list.addColumn(o -> getTranslation("longrange.override.measure." + o.measure().name().toLowerCase()))
                .setHeader(getTranslation("longrange.override.col.measure")).setAutoWidth(true);
        list.addColumn(o -> Formats.percent(o.percent(), 1))
                .setHeader(getTranslation("longrange.override.col.percent")).setAutoWidth(true);
        list.addColumn(StoredLongRangeOverride::reason).setHeader(getTranslation("longrange.override.col.reason")).setFlexGrow(1);
        list.addColumn(o -> o.updatedBy() == null
                        ? getTranslation("longrange.override.made", o.createdBy(), UserZone.dateTime(o.createdAt()))
                        : getTranslation("longrange.override.changed", o.createdBy(), UserZone.dateTime(o.createdAt()),
                                o.updatedBy(), UserZone.dateTime(o.updatedAt())))
                .setHeader(getTranslation("longrange.override.col.by")).setAutoWidth(true);
        if (planner) {
            list.addComponentColumn(o -> {
                Button edit = new Button(getTranslation("longrange.override.edit"), click -> startEditing(o));
                edit.setId("longrange-override-edit-" + o.id());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button remove = new Button(getTranslation("longrange.override.remove"), click -> remove(o));
                remove.setId("longrange-override-remove-" + o.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(edit, remove);
            }).setAutoWidth(true);
        }
        add(new H3(getTranslation("longrange.override.title")),
                new Paragraph(getTranslation(planner ? "longrange.override.intro" : "longrange.override.intro.reader")),
                form, error, list);
    }

    void show(String queueCode, List<StoredLongRangeOverride> overrides) {
        if (!queueCode.equals(this.queueCode)) {
            stopEditing();
        }
        this.queueCode = queueCode;
        list.setItems(overrides);
    }

    private FieldRef[] fields() {
        return new FieldRef[] {new FieldRef("from", from), new FieldRef("to", to), new FieldRef("measure", measure),
                new FieldRef("percent", percent), new FieldRef("reason", reason)};
    }

    private void startEditing(StoredLongRangeOverride o) {
        editing = o;
        from.setValue(o.from());
        to.setValue(o.to());
        measure.setValue(o.measure());
        percent.setValue(o.percent());
        reason.setValue(o.reason());
        save.setText(getTranslation("longrange.override.save"));
        cancel.setVisible(true);
    }

    private void stopEditing() {
        editing = null;
        ForecastTexts.clearFields(fields());
        error.setText("");
        from.clear();
        to.clear();
        percent.clear();
        reason.clear();
        from.setInvalid(false);
        percent.setInvalid(false);
        reason.setInvalid(false);
        save.setText(getTranslation("longrange.override.add"));
        cancel.setVisible(false);
    }

    private void save() {
        if (!planner || queueCode == null) {
            return;
        }
        ForecastTexts.clearFields(fields());
        error.setText("");
        LongRangeOverrideInput input = new LongRangeOverrideInput(from.getValue(), to.getValue(), measure.getValue(),
                percent.getValue(), reason.getValue());
        try {
            if (editing == null) {
                service.addOverride(queueCode, input);
            } else {
                service.updateOverride(queueCode, editing.id(), input);
            }
        } catch (ForecastInputException e) {
            ForecastTexts.markField(this, e, fields());
            error.setText(ForecastTexts.message(this, e));
            return;
        }
        stopEditing();
        onChanged.run();
    }

    private void remove(StoredLongRangeOverride o) {
        try {
            service.removeOverride(queueCode, o.id());
        } catch (ForecastInputException e) {
            error.setText(ForecastTexts.message(this, e));
        }
        if (editing != null && editing.id() == o.id()) {
            stopEditing();
        }
        onChanged.run();
    }
}
