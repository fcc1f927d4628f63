package dev.frontline.workforce.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SITE_LOCAL_HOLIDAY;
import static dev.frontline.db.Tables.TEAM;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.tables.records.SiteRecord;
import dev.frontline.workforce.masterdata.SiteDraft;
import dev.frontline.workforce.masterdata.SiteDraft.LocalHoliday;
import dev.frontline.workforce.masterdata.Stored;

@Repository
public class SiteRepository {

    private final DSLContext ctx;

    SiteRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Stored<SiteDraft>> findAll() {
        return select(DSL.noCondition());
    }

    public Optional<Stored<SiteDraft>> find(long id) {
        return select(SITE.ID.eq(id)).stream().findFirst();
    }

    private List<Stored<SiteDraft>> select(Condition where) {
        return ctx.select(SITE.ID, SITE.VERSION, SITE.CODE, SITE.NAME, SITE.COUNTRY_CODE, SITE.TIME_ZONE,
                        SITE.OFFICE_SEATS, SITE.OPENS_AT, SITE.CLOSES_AT,
                        DSL.multiset(DSL.select(SITE_LOCAL_HOLIDAY.HOLIDAY_DATE, SITE_LOCAL_HOLIDAY.NAME)
                                        .from(SITE_LOCAL_HOLIDAY)
                                        .where(SITE_LOCAL_HOLIDAY.SITE_ID.eq(SITE.ID))
                                        .orderBy(SITE_LOCAL_HOLIDAY.HOLIDAY_DATE))
                                .convertFrom(r -> r.map(Records.mapping(LocalHoliday::new))))
                .from(SITE)
                .where(where)
                .orderBy(SITE.CODE)
                .fetch(r -> new Stored<>(r.value1(), r.value2(), new SiteDraft(r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
    }

    /** The site's own columns, written alike by insert and update. */
    private SiteRecord columns(SiteDraft d) {
        return ctx.newRecord(SITE)
                .with(SITE.CODE, d.code()).with(SITE.NAME, d.name()).with(SITE.COUNTRY_CODE, d.countryCode())
                .with(SITE.TIME_ZONE, d.timeZone()).with(SITE.OFFICE_SEATS, d.officeSeats())
                .with(SITE.OPENS_AT, d.opensAt()).with(SITE.CLOSES_AT, d.closesAt());
    }

    public long insert(SiteDraft d) {
        long id = ctx.insertInto(SITE).set(columns(d))
                .returning(SITE.ID).fetchSingle(SITE.ID);
        insertHolidays(id, d.localHolidays());
        return id;
    }

    /** False when the version is no longer current: somebody else saved first. */
    public boolean update(long id, int version, SiteDraft d) {
        int rows = ctx.update(SITE).set(columns(d))
                .set(SITE.VERSION, SITE.VERSION.plus(1))
                .where(SITE.ID.eq(id), SITE.VERSION.eq(version))
                .execute();
        if (rows == 0) {
            return false;
        }
        ctx.deleteFrom(SITE_LOCAL_HOLIDAY).where(SITE_LOCAL_HOLIDAY.SITE_ID.eq(id)).execute();
        insertHolidays(id, d.localHolidays());
        return true;
    }

    private void insertHolidays(long siteId, List<LocalHoliday> holidays) {
        for (LocalHoliday h : holidays) {
            ctx.insertInto(SITE_LOCAL_HOLIDAY).set(SITE_LOCAL_HOLIDAY.SITE_ID, siteId)
                    .set(SITE_LOCAL_HOLIDAY.HOLIDAY_DATE, h.date()).set(SITE_LOCAL_HOLIDAY.NAME, h.name()).execute();
        }
    }

    public boolean delete(long id, int version) {
        return ctx.deleteFrom(SITE).where(SITE.ID.eq(id), SITE.VERSION.eq(version)).execute() == 1;
    }

    public int teamsAt(long id) {
        return ctx.fetchCount(TEAM, TEAM.SITE_ID.eq(id));
    }

    public int agentsAt(long id) {
        return ctx.fetchCount(AGENT, AGENT.HOME_SITE_ID.eq(id));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return ctx.fetchExists(SITE, SITE.CODE.eq(code).and(exceptId == null ? DSL.noCondition() : SITE.ID.ne(exceptId)));
    }
}
