package dev.frontline.staffing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.frontline.testing.RequiresSharedData;
import dev.frontline.testing.SharedDataCondition;

/**
 * Erlang C and Erlang A against every row of the published callcentretools.com calculator outputs
 * (../shared/data/erlang_c_reference_callcentretools, see its SOURCE.md). The site carries the offered load rounded to
 * 3 decimals, so these tests do the same; displayed values are compared within their display rounding (0.05 for one
 * decimal), the Erlang A abandon % within 0.2 points.
 */
@RequiresSharedData(ErlangReferenceTest.DATA_FOLDER)
class ErlangReferenceTest {

    static final String DATA_FOLDER = "erlang_c_reference_callcentretools";
    private static final Path FOLDER = SharedDataCondition.path(DATA_FOLDER);
    private static final double DISPLAY = 0.05 + 1e-9;

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(FOLDER.resolve(file))) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
        }
    }

    private static double number(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    /** The site's workload: offered load rounded to 3 decimals, the AHT and period as given. */
    private static IntervalWorkload siteWorkload(CSVRecord r) {
        double period = number(r, "period_min") * 60;
        double aht = number(r, "aht_s");
        double load = Math.round(number(r, "calls") * aht / period * 1000) / 1000.0;
        return new IntervalWorkload(load * period / aht, period, aht);
    }

    private static ServiceGoal goal(CSVRecord r) {
        return ServiceGoal.of(number(r, "sl_target_pct"), number(r, "sl_threshold_s"))
                .withMaxOccupancyPercent(number(r, "max_occupancy_pct"));
    }

    @TestFactory
    Stream<DynamicTest> whatIfTableRows() throws IOException {
        List<CSVRecord> rows = read("whatif_tables.csv");
        assertThat(rows).hasSize(47);
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("scenario") + " N=" + r.get("agents"), () -> {
            IntervalWorkload w = siteWorkload(r);
            int n = Integer.parseInt(r.get("agents"));
            double threshold = number(r, "sl_threshold_s");
            QueueMetrics m = ErlangC.metrics(w, n, threshold);
            assertThat(w.offeredLoad()).isCloseTo(number(r, "offered_load_erlangs"), within(0.001));
            assertThat(m.serviceLevel() * 100).isCloseTo(number(r, "site_service_level_pct"), within(DISPLAY));
            assertThat(m.occupancy() * 100).isCloseTo(number(r, "site_occupancy_pct"), within(DISPLAY));
            assertThat(m.answeredImmediately() * 100).isCloseTo(number(r, "site_answered_immediately_pct"), within(DISPLAY));
            if (n > w.offeredLoad()) {
                assertThat(m.asaSeconds().getAsDouble()).isCloseTo(number(r, "site_asa_s"), within(DISPLAY));
            } else {
                // The site prints a float artefact (3.6e8 s) at N = A; the queue is unstable and has no finite ASA.
                assertThat(m.stable()).isFalse();
                assertThat(m.asaSeconds()).isEmpty();
            }
            QueueMetrics a = ErlangA.metrics(w, n, threshold, number(r, "patience_s"));
            assertThat(a.abandonment() * 100).isCloseTo(number(r, "site_abandon_pct_erlangA"), within(0.2));
            String scheduled = r.get("site_scheduled_staff_with_shrinkage");
            if (!scheduled.isBlank()) {
                assertThat(Shrinkage.ofTotalPercent(number(r, "shrinkage_pct")).schedule(n).roundedToHalf())
                        .isEqualTo(Double.parseDouble(scheduled));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> headlineRequirements() throws IOException {
        List<CSVRecord> rows = read("headlines.csv");
        assertThat(rows).hasSize(6);
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("scenario"), () -> {
            VoiceQueue queue = VoiceQueue.erlangC(goal(r), Shrinkage.ofTotalPercent(number(r, "shrinkage_pct")));
            StaffingRequirement req = VoiceRequirementCalculator.require(queue, siteWorkload(r), "");
            assertThat(req.agents()).isEqualTo(Integer.parseInt(r.get("site_required_agents")));
            assertThat(req.scheduled().roundedToHalf()).isEqualTo(number(r, "site_scheduled_staff_display"));
            if (!r.get("site_service_level_pct").isBlank()) {
                assertThat(req.metrics().serviceLevel() * 100).isCloseTo(number(r, "site_service_level_pct"), within(DISPLAY));
                assertThat(req.metrics().asaSeconds().getAsDouble()).isCloseTo(number(r, "site_asa_s"), within(DISPLAY));
            }
            if (!r.get("site_occupancy_pct").isBlank()) {
                // Shown as a whole percent on the headline (83.99 % → 84).
                assertThat(req.metrics().occupancy() * 100).isCloseTo(number(r, "site_occupancy_pct"), within(0.5));
            }
        }));
    }
}
