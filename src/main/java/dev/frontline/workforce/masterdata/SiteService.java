package dev.frontline.workforce.masterdata;

import java.time.LocalDate;
import java.util.Comparator;
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
    private final DraftRules rules;

    SiteService(SiteRepository sites, MasterDataAudit audit, DraftRules rules) {
        this.sites = sites;
        this.audit = audit;
        this.rules = rules;
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

    /** The declared rules first (on the draft as it will be stored), then the one that needs the database. */
    private SiteDraft validate(SiteDraft draft, Long id) {
        SiteDraft d = normalised(draft);
        rules.require(d);
        Rules.require(!sites.codeTaken(d.code(), id), "masterdata.error.code-taken", d.code());
        return d;
    }

    private static SiteDraft normalised(SiteDraft d) {
        List<LocalHoliday> holidays = d.localHolidays() == null ? List.of() : d.localHolidays().stream()
                .map(h -> h == null ? new LocalHoliday(null, null) : new LocalHoliday(h.date(), Rules.trimmed(h.name())))
                .sorted(Comparator.comparing(LocalHoliday::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new SiteDraft(Rules.trimmed(d.code()), Rules.trimmed(d.name()), d.countryCode(), d.timeZone(), d.officeSeats(),
                d.opensAt(), d.closesAt(), holidays);
    }
}
