package dev.frontline.workforce.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.focus_shift.jollyday.core.HolidayManager;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.workforce.masterdata.MasterDataException;
import dev.frontline.workforce.masterdata.Rules;
import dev.frontline.workforce.masterdata.SiteHoursAndHolidays;
import dev.frontline.workforce.masterdata.SiteDraft;
import dev.frontline.workforce.masterdata.SiteDraft.LocalHoliday;
import dev.frontline.workforce.masterdata.SiteService;
import dev.frontline.workforce.masterdata.Stored;

/** Sites: time zone, country, office seats, opening hours, local holidays and the country's public holidays. */
@Route("sites")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.sites", order = 10, icon = "vaadin:building")
public class SitesView extends MasterDataView<SiteDraft> {

    private final SiteService sites;
    private final ComboBox<String> country = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Grid<LocalHoliday> publicHolidays = new Grid<>();
    private final Span publicHolidaysNote = new Span();

    public SitesView(SiteService sites, Clock clock) {
        super(SiteDraft.class, sites, "site", "sites.title");
        this.sites = sites;
        grid.addColumn(r -> r.data().code()).setHeader(getTranslation("masterdata.col.code")).setSortable(true);
        grid.addColumn(r -> r.data().name()).setHeader(getTranslation("masterdata.col.name")).setSortable(true);
        grid.addColumn(r -> r.data().countryCode()).setHeader(getTranslation("sites.col.country")).setSortable(true);
        grid.addColumn(r -> r.data().timeZone()).setHeader(getTranslation("sites.col.time-zone"));
        grid.addColumn(r -> r.data().officeSeats()).setHeader(getTranslation("sites.col.seats")).setSortable(true);
        grid.addColumn(r -> r.data().opensAt() + "–" + r.data().closesAt()).setHeader(getTranslation("sites.col.hours"));

        TextField code = Fields.text("site-code", getTranslation("masterdata.field.code"));
        // the rules and their messages come from the constraints on SiteDraft (BeanValidationBinder)
        binder.forField(code).bind("code");
        TextField name = Fields.text("site-name", getTranslation("masterdata.field.name"));
        binder.forField(name).bind("name");
        country.setId("site-country");
        country.setLabel(getTranslation("sites.field.country"));
        country.setItems(HolidayManager.getSupportedCalendarCodes().stream().filter(c -> c.matches("^[A-Z]{2}$"))
                .sorted().toList());
        binder.forField(country).bind("countryCode");
        ComboBox<String> zone = new ComboBox<>(getTranslation("sites.field.time-zone"));
        zone.setId("site-time-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(Rules::timeZone).sorted().toList());
        binder.forField(zone).bind("timeZone");
        IntegerField seats = Fields.integer("site-seats", getTranslation("sites.field.seats"), 0, 100_000);
        binder.forField(seats).bind("officeSeats");
        TimePicker opens = Fields.time("site-opens", getTranslation("sites.field.opens"));
        TimePicker closes = Fields.time("site-closes", getTranslation("sites.field.closes"));
        binder.forField(opens).bind("opensAt");
        // a rule across two fields is checked again here so that it shows beside the other fields' mistakes
        binder.forField(closes)
                .withValidator(c -> SiteHoursAndHolidays.Check.opensBeforeCloses(opens.getValue(), c),
                        getTranslation("site.error.hours"))
                .bind("closesAt");

        DatePicker holidayDate = new DatePicker(getTranslation("sites.holiday.date"));
        holidayDate.setId("site-holiday-date");
        TextField holidayName = Fields.text("site-holiday-name", getTranslation("sites.holiday.name"));
        ListField<LocalHoliday> holidays = new ListField<>("site-holidays", getTranslation("sites.field.holidays"), () -> {
            if (holidayDate.getValue() == null || holidayName.getValue().isBlank()) {
                throw new IllegalArgumentException(getTranslation("site.error.holiday"));
            }
            LocalHoliday holiday = new LocalHoliday(holidayDate.getValue(), holidayName.getValue().trim());
            holidayDate.clear();
            holidayName.clear();
            return holiday;
        }, holidayDate, holidayName);
        holidays.grid().addColumn(LocalHoliday::date).setHeader(getTranslation("sites.holiday.date"));
        holidays.grid().addColumn(LocalHoliday::name).setHeader(getTranslation("sites.holiday.name"));
        binder.forField(holidays).bind("localHolidays");

        year.setId("site-holiday-year");
        year.setLabel(getTranslation("sites.public.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(clock).getYear());
        year.addValueChangeListener(e -> showPublicHolidays());
        country.addValueChangeListener(e -> showPublicHolidays());
        publicHolidays.setId("site-public-holidays");
        publicHolidays.addThemeVariants(GridVariant.LUMO_COMPACT);
        publicHolidays.setAllRowsVisible(true);
        publicHolidays.addColumn(LocalHoliday::date).setHeader(getTranslation("sites.holiday.date"));
        publicHolidays.addColumn(LocalHoliday::name).setHeader(getTranslation("sites.holiday.name"));
        publicHolidaysNote.setId("site-public-holidays-note");
        VerticalLayout publicBox = new VerticalLayout(year, publicHolidaysNote, publicHolidays);
        publicBox.setPadding(false);

        form.add(code, name, country, zone, seats, opens, closes);
        form.add(holidays, 2);
        form.add(publicBox, 2);
        init();
    }

    private void showPublicHolidays() {
        String code = country.getValue();
        if (code == null || year.getValue() == null || !Rules.country(code)) {
            publicHolidays.setItems(List.of());
            publicHolidaysNote.setText("");
            return;
        }
        try {
            List<LocalHoliday> days = sites.publicHolidays(code, year.getValue(), getLocale());
            publicHolidays.setItems(days);
            publicHolidaysNote.setText(getTranslation("sites.public.note", code, year.getValue(), days.size()));
        } catch (MasterDataException refused) {
            publicHolidaysNote.setText(message(refused));
        }
    }

    @Override
    protected SiteDraft blank() {
        return new SiteDraft("", "", null, null, 0, LocalTime.of(8, 0), LocalTime.of(20, 0), List.of());
    }
}
