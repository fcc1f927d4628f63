package dev.frontline.workforce.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.workforce.masterdata.Rules;
import dev.frontline.workforce.masterdata.ShiftTemplateDraft;
import dev.frontline.workforce.masterdata.ShiftTemplateService;
import dev.frontline.workforce.masterdata.Stored;

/** Shift templates with a one-line preview of what they allow. Lengths are typed in hours, kept in minutes. */
@Route("shift-templates")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.shift-templates", order = 15, icon = "vaadin:clock")
public class ShiftTemplatesView extends MasterDataView<ShiftTemplateDraft> {

    private final ShiftTemplateService templates;
    private final Span preview = new Span();
    private final MultiSelectComboBox<String> successors = new MultiSelectComboBox<>();

    public ShiftTemplatesView(ShiftTemplateService templates) {
        super(ShiftTemplateDraft.class, templates, "shift-template", "shift-templates.title");
        this.templates = templates;
        grid.addColumn(r -> r.data().code()).setHeader(getTranslation("masterdata.col.code")).setSortable(true);
        grid.addColumn(r -> r.data().name()).setHeader(getTranslation("masterdata.col.name")).setSortable(true);
        grid.addColumn(r -> preview(r.data())).setHeader(getTranslation("shift-templates.col.rule")).setFlexGrow(3);

        // the rules and their messages come from the constraints on ShiftTemplateDraft (BeanValidationBinder)
        TextField code = Fields.text("shift-template-code", getTranslation("masterdata.field.code"));
        binder.forField(code).bind("code");
        TextField name = Fields.text("shift-template-name", getTranslation("masterdata.field.name"));
        binder.forField(name).bind("name");
        TimePicker earliest = Fields.time("shift-template-earliest", getTranslation("shift-templates.field.earliest"));
        TimePicker latest = Fields.time("shift-template-latest", getTranslation("shift-templates.field.latest"));
        binder.forField(earliest).bind("earliestStart");
        binder.forField(latest).bind("latestStart");
        ComboBox<Integer> step = new ComboBox<>(getTranslation("shift-templates.field.step"));
        step.setId("shift-template-step");
        step.setItems(15, 30, 60);
        step.setItemLabelGenerator(m -> getTranslation("erlang.period.minutes", m));
        binder.forField(step).bind("startStepMinutes");
        TextField lengths = Fields.text("shift-template-lengths", getTranslation("shift-templates.field.lengths"));
        lengths.setHelperText(getTranslation("shift-templates.field.lengths.help"));
        binder.forField(lengths)
                .withConverter(Converter.from(this::parseLengths, ShiftTemplatesView::formatLengths))
                .bind("lengthsMinutes");
        IntegerField breaks = Fields.integer("shift-template-breaks", getTranslation("shift-templates.field.breaks"), 0, 4);
        binder.forField(breaks).bind("breakCount");
        IntegerField breakMinutes = Fields.integer("shift-template-break-minutes",
                getTranslation("shift-templates.field.break-minutes"), 0, 60);
        breakMinutes.setStep(15);
        binder.forField(breakMinutes).bind("breakMinutes");
        IntegerField lunch = Fields.integer("shift-template-lunch", getTranslation("shift-templates.field.lunch"), 0, 120);
        lunch.setStep(15);
        binder.forField(lunch).bind("lunchMinutes");
        IntegerField afterStart = Fields.integer("shift-template-after-start",
                getTranslation("shift-templates.field.after-start"), 0, 600);
        binder.forField(afterStart).bind("breakEarliestAfterStart");
        IntegerField beforeEnd = Fields.integer("shift-template-before-end",
                getTranslation("shift-templates.field.before-end"), 0, 600);
        binder.forField(beforeEnd).bind("breakLatestBeforeEnd");
        IntegerField gap = Fields.integer("shift-template-gap", getTranslation("shift-templates.field.gap"), 0, 600);
        binder.forField(gap).bind("minMinutesBetweenBreaks");
        successors.setId("shift-template-successors");
        successors.setLabel(getTranslation("shift-templates.field.successors"));
        successors.setHelperText(getTranslation("shift-templates.field.successors.help"));
        binder.forField(successors).bind("forbiddenSuccessors");

        preview.setId("shift-template-preview");
        // silent validation first, so typing does not flag untouched fields
        binder.addValueChangeListener(e -> {
            try {
                preview.setText(binder.isValid() ? preview(binder.writeRecord())
                        : getTranslation("shift-templates.preview.incomplete"));
            } catch (ValidationException incomplete) {
                preview.setText(getTranslation("shift-templates.preview.incomplete"));
            }
        });

        form.add(code, name, earliest, latest, step, lengths, breaks, breakMinutes, lunch, afterStart, beforeEnd, gap);
        form.add(successors, 2);
        form.add(preview, 2);
        init();
    }

    /**
     * Lengths typed in hours. A length must land on a quarter hour to be read at all; the refusal names the hours as
     * typed, which the rule on the record (in minutes) could not. How many lengths are allowed is the record's rule.
     */
    private Result<List<Integer>> parseLengths(String text) {
        List<Integer> minutes = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                double hours = Double.parseDouble(part.replace("h", "").trim());
                int length = (int) Math.round(hours * 60);
                if (!Rules.between(length, 60, 960) || length % 15 != 0) {
                    return Result.error(getTranslation("shift-template.error.length.hours", part));
                }
                minutes.add(length);
            } catch (NumberFormatException e) {
                return Result.error(getTranslation("shift-template.error.length.hours", part));
            }
        }
        return Result.ok(minutes);
    }

    private static String formatLengths(List<Integer> minutes) {
        return minutes == null ? "" : String.join(", ", minutes.stream().map(ShiftTemplatesView::hours).toList());
    }

    private static final java.time.format.DateTimeFormatter CLOCK = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : Formats.decimal(minutes / 60.0, 2).replace(',', '.');
    }

    /** "starts 07:00–09:00 every 15 min, 8 h or 9 h, 2×15 min breaks + 30 min lunch" */
    private String preview(ShiftTemplateDraft t) {
        String lengths = String.join(" " + getTranslation("shift-templates.preview.or") + " ",
                t.lengthsMinutes().stream().map(m -> hours(m) + " h").toList());
        List<String> pauses = new ArrayList<>();
        if (t.breakCount() > 0 && t.breakMinutes() > 0) {
            pauses.add(getTranslation("shift-templates.preview.breaks", t.breakCount(), t.breakMinutes()));
        }
        if (t.lunchMinutes() > 0) {
            pauses.add(getTranslation("shift-templates.preview.lunch", t.lunchMinutes()));
        }
        String breaks = pauses.isEmpty() ? getTranslation("shift-templates.preview.no-breaks") : String.join(" + ", pauses);
        // clock times as text: a message format would turn a LocalTime into a date-time
        return getTranslation("shift-templates.preview", CLOCK.format(t.earliestStart()), CLOCK.format(t.latestStart()),
                t.startStepMinutes(),
                lengths, breaks);
    }

    @Override
    protected void edited(Stored<ShiftTemplateDraft> row) {
        Set<String> chosen = successors.getValue();
        List<String> codes = new ArrayList<>(templates.all().stream().map(t -> t.data().code()).toList());
        successors.setItems(codes);
        successors.setValue(chosen);
        preview.setText(row == null ? getTranslation("shift-templates.preview.incomplete") : preview(row.data()));
    }

    @Override
    protected ShiftTemplateDraft blank() {
        return new ShiftTemplateDraft("", "", LocalTime.of(8, 0), LocalTime.of(9, 0), 15, List.of(480), 2, 15, 30, 60,
                60, 60, Set.of());
    }
}
