package dev.frontline.workforce.masterdata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import dev.frontline.workforce.masterdata.SiteDraft.LocalHoliday;
import dev.frontline.workforce.persistence.SiteRepository;

/** Sites: the planner's edits, validated, audited and refused when somebody else saved first. */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class SiteService implements MasterDataStore.Deletable<SiteDraft> {

    static final String ENTITY = "site";

    private final SiteRepository sites;
    private final MasterDataAudit audit;

    SiteService(SiteRepository sites, MasterDataAudit audit) {
        this.sites = sites;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Stored<SiteDraft>> all() {
        return sites.findAll();
    }

    @Override
    public Stored<SiteDraft> create(SiteDraft draft) {
        SiteDraft d = validate(draft, null);
        long id = sites.insert(d);
        audit.created(ENTITY, d.code(), d);
        return sites.find(id).orElseThrow();
    }

    @Override
    public Stored<SiteDraft> update(long id, int version, SiteDraft draft) {
        Stored<SiteDraft> before = sites.find(id).orElseThrow(() -> audit.stale(ENTITY, draft.code(), true));
        SiteDraft d = validate(draft, id);
        if (before.version() != version || !sites.update(id, version, d)) {
            throw audit.stale(ENTITY, before.data().code(), false);
        }
        audit.updated(ENTITY, d.code(), before.data(), d);
        return sites.find(id).orElseThrow();
    }

    /** Refused while teams or agents still belong to the site. */
    @Override
    public void delete(long id, int version) {
        Stored<SiteDraft> before = sites.find(id).orElseThrow(() -> new MasterDataException("masterdata.error.gone"));
        String code = before.data().code();
        int teams = sites.teamsAt(id);
        int agents = sites.agentsAt(id);
        Rules.require(teams == 0 && agents == 0, "site.error.in-use", code, teams, agents);
        if (before.version() != version || !sites.delete(id, version)) {
            throw audit.stale(ENTITY, code, false);
        }
        audit.deleted(ENTITY, code, before.data());
    }

    /** The country's public holidays in a year with their names, for the planner to see beside the local ones. */
    @Transactional(readOnly = true)
    public List<LocalHoliday> publicHolidays(String countryCode, int year, Locale locale) {
        Rules.require(Rules.country(countryCode), "site.error.country", countryCode);
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(countryCode));
        return manager.getHolidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), HolidayType.PUBLIC_HOLIDAY)
                .stream()
                .map(h -> new LocalHoliday(h.getActualDate(), h.getDescription(locale)))
                .sorted(Comparator.comparing(LocalHoliday::date))
                .toList();
    }

    private SiteDraft validate(SiteDraft d, Long id) {
        String code = d.code() == null ? null : d.code().trim();
        Rules.require(Rules.code(code), "masterdata.error.code", String.valueOf(code));
        Rules.require(!sites.codeTaken(code, id), "masterdata.error.code-taken", code);
        Rules.require(Rules.text(d.name()), "masterdata.error.name");
        Rules.require(Rules.country(d.countryCode()), "site.error.country", String.valueOf(d.countryCode()));
        Rules.require(Rules.timeZone(d.timeZone()), "site.error.time-zone", String.valueOf(d.timeZone()));
        Rules.require(d.officeSeats() != null && d.officeSeats() >= 0, "site.error.seats");
        LocalTime opens = d.opensAt();
        LocalTime closes = d.closesAt();
        Rules.require(opens != null && closes != null && opens.isBefore(closes), "site.error.hours");
        List<LocalHoliday> holidays = d.localHolidays() == null ? List.of() : d.localHolidays();
        var dates = new HashSet<LocalDate>();
        for (LocalHoliday h : holidays) {
            Rules.require(h.date() != null && Rules.text(h.name()), "site.error.holiday");
            Rules.require(dates.add(h.date()), "site.error.holiday-twice", h.date());
        }
        return new SiteDraft(code, d.name().trim(), d.countryCode(), d.timeZone(), d.officeSeats(), opens, closes,
                holidays.stream().map(h -> new LocalHoliday(h.date(), h.name().trim()))
                        .sorted(Comparator.comparing(LocalHoliday::date)).toList());
    }
}
