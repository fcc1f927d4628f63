package dev.frontline.history;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.frontline.history.persistence.IntervalHistoryRepository;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Daily sums come out per local day of each queue's own time zone, computed in PostgreSQL by jOOQ. */
@FrontlineIntegrationTest
class IntervalHistoryRepositoryTest {

    @Autowired
    IntervalHistoryRepository repository;
    @Autowired
    DSLContext ctx;

    @Test
    void dailyVolumesMatchTheIntervalsOfEachLocalDay() {
        LocalDate lastDay = repository.latestIntervalStart().orElseThrow().toLocalDate();
        LocalDate from = lastDay.minusDays(13);
        LocalDate to = lastDay.plusDays(1);
        List<DailyVolume> days = repository.dailyVolumes(from, to);

        for (String queueCode : List.of("BILLING_TR_VOICE", "TECH_PL_EMAIL", "SALES_EN_VOICE")) {
            ZoneId zone = ZoneId.of(ctx.select(QUEUE.TIME_ZONE).from(QUEUE).where(QUEUE.CODE.eq(queueCode))
                    .fetchSingle(QUEUE.TIME_ZONE));
            Map<LocalDate, Integer> expected = ctx.select(INTERVAL_HISTORY.INTERVAL_START, INTERVAL_HISTORY.OFFERED)
                    .from(INTERVAL_HISTORY).join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID))
                    .where(QUEUE.CODE.eq(queueCode))
                    .fetch()
                    .stream()
                    .filter(r -> {
                        LocalDate local = r.value1().atZoneSameInstant(zone).toLocalDate();
                        return !local.isBefore(from) && local.isBefore(to);
                    })
                    .collect(Collectors.groupingBy(r -> r.value1().atZoneSameInstant(zone).toLocalDate(),
                            Collectors.summingInt(r -> r.value2())));
            Map<LocalDate, Long> actual = days.stream().filter(d -> d.queueCode().equals(queueCode))
                    .collect(Collectors.toMap(DailyVolume::day, DailyVolume::offered));
            assertThat(actual).as(queueCode).hasSize(expected.size());
            expected.forEach((day, offered) -> assertThat(actual.get(day)).as(queueCode + " " + day)
                    .isEqualTo(offered.longValue()));
        }
    }

    @Test
    void averageHandleTimeIsWeightedByHandledContacts() {
        LocalDate lastDay = repository.latestIntervalStart().orElseThrow().toLocalDate();
        List<DailyVolume> days = repository.dailyVolumes(lastDay.minusDays(6), lastDay.plusDays(1));
        assertThat(days).isNotEmpty().allSatisfy(d -> {
            assertThat(d.handled() + d.abandoned()).isEqualTo(d.offered());
            if (d.handled() > 0) {
                assertThat(d.ahtSeconds()).isBetween(200.0, 700.0);
            }
        });
    }
}
