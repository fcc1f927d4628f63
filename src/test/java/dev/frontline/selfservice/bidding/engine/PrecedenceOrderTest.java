package dev.frontline.selfservice.bidding.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PrecedenceOrderTest {

    private static final Bidder OLD = new Bidder(1, "E00010", LocalDate.of(2015, 5, 1));
    private static final Bidder MID_A = new Bidder(2, "E00002", LocalDate.of(2021, 3, 3));
    private static final Bidder MID_B = new Bidder(3, "E00001", LocalDate.of(2021, 3, 3));
    private static final Bidder NEW = new Bidder(4, "E00004", LocalDate.of(2025, 1, 6));

    @Test
    void seniorityIsHireDateThenEmployeeNumber() {
        List<Place> places = PrecedenceOrder.seniority(List.of(NEW, MID_A, OLD, MID_B));
        assertThat(places).extracting(Place::agentId).containsExactly(1L, 3L, 2L, 4L);
        assertThat(places.get(1)).isEqualTo(new Place(3, 2, Place.HIRED, List.of("2021-03-03")));
    }

    @Test
    void theLotteryIsReproducibleFromTheSeedAndChangesWithIt() {
        List<Bidder> bidders = List.of(OLD, MID_A, MID_B, NEW);
        List<Place> once = PrecedenceOrder.lottery(bidders, 4711);
        assertThat(PrecedenceOrder.lottery(List.of(NEW, MID_B, MID_A, OLD), 4711)).isEqualTo(once);
        // the key is the first 16 hex digits of sha256("4711:E00010"), as `printf '%s' 4711:E00010 | sha256sum` shows
        assertThat(PrecedenceOrder.drawKey(4711, "E00010")).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(once).isSortedAccordingTo(java.util.Comparator.comparing(p -> p.args().get(0)));
        boolean differs = false;
        for (long seed = 1; seed < 20 && !differs; seed++) {
            differs = !PrecedenceOrder.lottery(bidders, seed).stream().map(Place::agentId).toList()
                    .equals(once.stream().map(Place::agentId).toList());
        }
        assertThat(differs).isTrue();
    }

    @Test
    void theSha256KeyIsTheStandardOne() throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest("1:E00004".getBytes());
        assertThat(PrecedenceOrder.drawKey(1, "E00004")).isEqualTo(java.util.HexFormat.of().formatHex(hash).substring(0, 16));
        // the value `printf '%s' '4711:E00010' | sha256sum | cut -c1-16` prints
        assertThat(PrecedenceOrder.drawKey(4711, "E00010")).isEqualTo("982908e0be198e01");
    }

    @Test
    void lastPeriodsWorstResultsChooseFirstAndAgentsWithoutHistorySitInTheMiddle() {
        Bidder fifth = new Bidder(5, "E00005", LocalDate.of(2019, 1, 1));
        Map<Long, PrecedenceOrder.PreviousResult> previous = Map.of(
                1L, new PrecedenceOrder.PreviousResult(1, true),
                2L, new PrecedenceOrder.PreviousResult(null, true),
                4L, new PrecedenceOrder.PreviousResult(3, true),
                5L, new PrecedenceOrder.PreviousResult(2, false));
        List<Place> places = PrecedenceOrder.satisfaction(List.of(OLD, MID_A, MID_B, NEW, fifth), previous);
        // with history: 2 (none), 4 (3rd), 1 (1st); without: 5 (ranked nothing), 3 (not in the round), by seniority
        assertThat(places).extracting(Place::agentId).containsExactly(2L, 4L, 5L, 3L, 1L);
        assertThat(places).extracting(Place::basis).containsExactly(Place.PREVIOUS_NONE, Place.PREVIOUS_RANK,
                Place.NO_HISTORY, Place.NO_HISTORY, Place.PREVIOUS_RANK);
        assertThat(places.get(1).args()).containsExactly("3");
    }
}
