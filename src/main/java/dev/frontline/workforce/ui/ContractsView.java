package dev.frontline.workforce.ui;

import java.time.LocalTime;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.workforce.masterdata.ContractDraft;
import dev.frontline.workforce.masterdata.ContractDraft.AllowedTemplate;
import dev.frontline.workforce.masterdata.ContractService;
import dev.frontline.workforce.masterdata.DraftRules;
import dev.frontline.workforce.masterdata.ShiftTemplateService;

/** Contracts and labour rules; weekly time and rest are entered in hours and kept in minutes. */
@Route("contracts")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.contracts", order = 14, icon = "vaadin:file-text-o")
public class ContractsView extends MasterDataView<ContractDraft> {

    private static final Converter<Double, Integer> HOURS = Converter.from(
            hours -> Result.ok(hours == null ? null : (int) Math.round(hours * 60)),
            minutes -> minutes == null ? null : minutes / 60.0);

    public ContractsView(ContractService contracts, ShiftTemplateService templates, DraftRules rules) {
        super(ContractDraft.class, contracts, "contract", "contracts.title");
        grid.addColumn(r -> r.data().code()).setHeader(getTranslation("masterdata.col.code")).setSortable(true);
        grid.addColumn(r -> r.data().name()).setHeader(getTranslation("masterdata.col.name")).setSortable(true);
        grid.addColumn(r -> hours(r.data().minMinutesPerWeek()) + "–" + hours(r.data().maxMinutesPerWeek()) + " h")
                .setHeader(getTranslation("contracts.col.hours"));
        grid.addColumn(r -> hours(r.data().minRestMinutes()) + " h").setHeader(getTranslation("contracts.col.rest"));
        grid.addColumn(r -> r.data().minOfficeDaysPerWeek()).setHeader(getTranslation("contracts.col.office-days"));
        grid.addColumn(r -> r.data().allowedTemplates().size()).setHeader(getTranslation("contracts.col.templates"));

        // the rules and their messages come from the constraints on ContractDraft (BeanValidationBinder)
        TextField code = Fields.text("contract-code", getTranslation("masterdata.field.code"));
        binder.forField(code).bind("code");
        TextField name = Fields.text("contract-name", getTranslation("masterdata.field.name"));
        binder.forField(name).bind("name");
        NumberField minHours = Fields.number("contract-min-hours", getTranslation("contracts.field.min-hours"));
        NumberField maxHours = Fields.number("contract-max-hours", getTranslation("contracts.field.max-hours"));
        binder.forField(maxHours).withConverter(HOURS).bind("maxMinutesPerWeek");
        binder.forField(minHours).withConverter(HOURS).bind("minMinutesPerWeek");
        NumberField overtime = Fields.number("contract-overtime-hours", getTranslation("contracts.field.overtime-hours"));
        overtime.setHelperText(getTranslation("contracts.field.overtime-hours.help"));
        binder.forField(overtime).withConverter(HOURS).bind("overtimeAfterMinutesPerWeek");
        NumberField rest = Fields.number("contract-rest-hours", getTranslation("contracts.field.rest-hours"));
        binder.forField(rest).withConverter(HOURS).bind("minRestMinutes");
        IntegerField maxDays = Fields.integer("contract-max-days", getTranslation("contracts.field.max-days"), 1, 14);
        binder.forField(maxDays).bind("maxConsecutiveWorkingDays");
        IntegerField minDays = Fields.integer("contract-min-days", getTranslation("contracts.field.min-days"), 1, 7);
        binder.forField(minDays).bind("minConsecutiveWorkingDays");
        IntegerField daysOff = Fields.integer("contract-days-off", getTranslation("contracts.field.days-off"), 1, 7);
        binder.forField(daysOff).bind("minConsecutiveDaysOff");
        IntegerField weekends = Fields.integer("contract-weekends", getTranslation("contracts.field.weekends"), 0, 4);
        binder.forField(weekends).bind("maxWeekendsPer4Weeks");
        IntegerField nights = Fields.integer("contract-nights", getTranslation("contracts.field.nights"), 0, 7);
        binder.forField(nights).bind("maxNightShiftsPerWeek");
        TimePicker nightStarts = Fields.time("contract-night-starts", getTranslation("contracts.field.night-starts"));
        binder.forField(nightStarts).bind("nightStartsAt");
        TimePicker nightEnds = Fields.time("contract-night-ends", getTranslation("contracts.field.night-ends"));
        binder.forField(nightEnds).bind("nightEndsAt");
        IntegerField officeDays = Fields.integer("contract-office-days", getTranslation("contracts.field.office-days"), 0, 7);
        binder.forField(officeDays).bind("minOfficeDaysPerWeek");

        ComboBox<String> template = new ComboBox<>(getTranslation("contracts.template"));
        template.setId("contract-template");
        template.setItems(templates.all().stream().map(t -> t.data().code()).toList());
        IntegerField cap = Fields.integer("contract-template-cap", getTranslation("contracts.template.cap"), 0, 28);
        ListField<AllowedTemplate> allowed = new ListField<>("contract-templates", getTranslation("contracts.field.templates"),
                () -> {
                    if (template.getValue() == null) {
                        throw new IllegalArgumentException(getTranslation("contracts.template.choose"));
                    }
                    AllowedTemplate row = new AllowedTemplate(template.getValue(), cap.getValue());
                    rules.check(row).stream().findFirst().ifPresent(broken -> {
                        throw new IllegalArgumentException(broken.in(getLocale()));
                    });
                    template.clear();
                    cap.clear();
                    return row;
                }, template, cap);
        allowed.grid().addColumn(AllowedTemplate::templateCode).setHeader(getTranslation("contracts.template"));
        allowed.grid().addColumn(t -> t.maxShiftsPer4Weeks() == null ? getTranslation("contracts.template.no-cap")
                : t.maxShiftsPer4Weeks()).setHeader(getTranslation("contracts.template.cap"));
        binder.forField(allowed).bind("allowedTemplates");

        form.add(code, name, minHours, maxHours, overtime, rest, minDays, maxDays, daysOff, weekends, nights,
                officeDays, nightStarts, nightEnds);
        form.add(allowed, 2);
        init();
    }

    private static String hours(Integer minutes) {
        return minutes == null ? "" : Formats.decimal(minutes / 60.0, minutes % 60 == 0 ? 0 : 1);
    }

    @Override
    protected ContractDraft blank() {
        return new ContractDraft("", "", 0, 2400, null, 660, 1, 6, 1, 4, 7, LocalTime.of(22, 0), LocalTime.of(6, 0), 0,
                List.of());
    }
}
