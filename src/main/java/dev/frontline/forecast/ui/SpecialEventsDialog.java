package dev.frontline.forecast.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.SpecialEventInput;
import dev.frontline.forecast.SpecialEventService;
import dev.frontline.forecast.StoredSpecialEvent;
import dev.frontline.forecast.ui.ForecastTexts.FieldRef;
import dev.frontline.shared.ui.Formats;

/** The planner's events of a queue (and of all queues): campaigns, outages, bill runs … that the next forecast uses. */
class SpecialEventsDialog extends Dialog {

    private final SpecialEventService service;
    private final ForecastQueue queue;
    private final Grid<StoredSpecialEvent> list = new Grid<>();
    private final DatePicker date = new DatePicker();
    private final ComboBox<String> kind = new ComboBox<>();
    private final NumberField uplift = new NumberField();
    private final TextField description = new TextField();
    private final Checkbox allQueues = new Checkbox();
    private final Span error = new Span();

    SpecialEventsDialog(SpecialEventService service, ForecastQueue queue) {
        this.service = service;
        this.queue = queue;
        setId("forecast-events-dialog");
        setHeaderTitle(getTranslation("forecast.events.title", queue.label()));
        setWidth("min(70em, 95vw)");

        date.setId("forecast-event-date");
        date.setLabel(getTranslation("forecast.events.date"));
        kind.setId("forecast-event-kind");
        kind.setLabel(getTranslation("forecast.events.kind"));
        kind.setItems(SpecialEventService.SUGGESTED_KINDS);
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(e -> kind.setValue(e.getDetail().trim().toUpperCase(java.util.Locale.ROOT)));
        uplift.setId("forecast-event-uplift");
        uplift.setLabel(getTranslation("forecast.events.uplift"));
        uplift.setHelperText(getTranslation("forecast.events.uplift.help"));
        description.setId("forecast-event-description");
        description.setLabel(getTranslation("forecast.events.description"));
        description.setRequiredIndicatorVisible(true);
        allQueues.setId("forecast-event-all-queues");
        allQueues.setLabel(getTranslation("forecast.events.all-queues"));
        Button add = new Button(getTranslation("forecast.events.add"), e -> save());
        add.setId("forecast-event-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("forecast-event-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout form = new HorizontalLayout(date, kind, uplift, description, allQueues, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        list.setId("forecast-events");
        list.setAllRowsVisible(true);
        list.addColumn(e -> Formats.date(e.date())).setHeader(getTranslation("forecast.events.date")).setAutoWidth(true);
        list.addColumn(StoredSpecialEvent::kind).setHeader(getTranslation("forecast.events.kind")).setAutoWidth(true);
        list.addColumn(e -> e.upliftPercent() == null ? getTranslation("forecast.events.learned")
                : Formats.percent(e.upliftPercent(), 1)).setHeader(getTranslation("forecast.events.uplift")).setAutoWidth(true);
        list.addColumn(StoredSpecialEvent::description).setHeader(getTranslation("forecast.events.description")).setFlexGrow(1);
        list.addColumn(e -> e.queueCode() == null ? getTranslation("forecast.events.every-queue") : e.queueCode())
                .setHeader(getTranslation("forecast.events.queue")).setAutoWidth(true);
        list.addComponentColumn(e -> {
            Button remove = new Button(getTranslation("forecast.events.remove"), click -> remove(e));
            remove.setId("forecast-event-remove-" + e.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true);
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("forecast.events.intro")), form, error, list);
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("forecast.events.close"), e -> close());
        close.setId("forecast-events-close");
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        list.setItems(service.events(queue.code()));
    }

    private void save() {
        FieldRef[] fields = {new FieldRef("date", date), new FieldRef("kind", kind), new FieldRef("uplift", uplift),
                new FieldRef("description", description)};
        ForecastTexts.clearFields(fields);
        error.setText("");
        try {
            service.add(new SpecialEventInput(allQueues.getValue() ? null : queue.code(), date.getValue(), kind.getValue(),
                    uplift.getValue(), description.getValue()));
        } catch (ForecastInputException e) {
            ForecastTexts.markField(this, e, fields);
            error.setText(ForecastTexts.message(this, e));
            return;
        }
        date.clear();
        uplift.clear();
        description.clear();
        refresh();
    }

    private void remove(StoredSpecialEvent event) {
        try {
            service.remove(event.id());
        } catch (ForecastInputException e) {
            error.setText(ForecastTexts.message(this, e));
        }
        refresh();
    }
}
