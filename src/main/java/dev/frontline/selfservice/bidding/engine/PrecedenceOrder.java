package dev.frontline.selfservice.bidding.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The order in which agents choose, by one of the three {@link Precedence} rules. Every order is total and
 * deterministic, so the same inputs give the same places.
 */
public final class PrecedenceOrder {

    /** Earliest hire date first, ties by employee number. */
    public static final Comparator<Bidder> BY_SENIORITY = Comparator.comparing(Bidder::hireDate)
            .thenComparing(Bidder::employeeNumber);

    private PrecedenceOrder() {
    }

    /**
     * What an agent got in the previous round: the rank obtained (null when the line was none they ranked, or no line)
     * and whether they ranked any line at all. An agent who ranked nothing stated no preference, so has no history.
     */
    public record PreviousResult(Integer rankObtained, boolean rankedAny) {
    }

    public static List<Place> seniority(List<Bidder> bidders) {
        List<Bidder> sorted = bidders.stream().sorted(BY_SENIORITY).toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            places.add(new Place(sorted.get(i).agentId(), i + 1, Place.HIRED, List.of(sorted.get(i).hireDate().toString())));
        }
        return places;
    }

    /**
     * The seeded lottery: each agent's draw key is the first 16 hexadecimal digits of SHA-256 over the UTF-8 text
     * {@code "<seed>:<employee number>"}; the smallest key chooses first (ties, practically impossible, by employee
     * number). Anyone can repeat it: {@code printf '%s' '4711:E00004' | sha256sum | cut -c1-16}, then sort.
     */
    public static List<Place> lottery(List<Bidder> bidders, long seed) {
        record Drawn(Bidder bidder, String key) {
        }
        List<Drawn> drawn = bidders.stream().map(b -> new Drawn(b, drawKey(seed, b.employeeNumber())))
                .sorted(Comparator.comparing(Drawn::key).thenComparing(d -> d.bidder().employeeNumber())).toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            places.add(new Place(drawn.get(i).bidder().agentId(), i + 1, Place.LOTTERY, List.of(drawn.get(i).key())));
        }
        return places;
    }

    public static String drawKey(long seed, String employeeNumber) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + employeeNumber).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Last period's satisfaction: agents with history ordered worst result first — none of their ranked lines (or no
     * line) before a 5th choice before a 2nd before a 1st — ties by seniority; agents without history (not in the
     * previous round, or ranked nothing there) as one block, by seniority, in the middle: after the first half
     * (rounded up) of the agents with history.
     */
    public static List<Place> satisfaction(List<Bidder> bidders, Map<Long, PreviousResult> previous) {
        List<Bidder> withHistory = new ArrayList<>();
        List<Bidder> without = new ArrayList<>();
        for (Bidder b : bidders) {
            PreviousResult result = previous.get(b.agentId());
            (result != null && result.rankedAny() ? withHistory : without).add(b);
        }
        Comparator<Bidder> worstFirst = Comparator.<Bidder>comparingInt(b -> {
            Integer rank = previous.get(b.agentId()).rankObtained();
            return rank == null ? Integer.MAX_VALUE : rank;
        }).reversed().thenComparing(BY_SENIORITY);
        withHistory.sort(worstFirst);
        without.sort(BY_SENIORITY);
        int half = (withHistory.size() + 1) / 2;
        List<Bidder> ordered = new ArrayList<>(withHistory.subList(0, half));
        ordered.addAll(without);
        ordered.addAll(withHistory.subList(half, withHistory.size()));
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Bidder b = ordered.get(i);
            PreviousResult result = previous.get(b.agentId());
            Place place;
            if (result == null || !result.rankedAny()) {
                place = new Place(b.agentId(), i + 1, Place.NO_HISTORY, List.of());
            } else if (result.rankObtained() == null) {
                place = new Place(b.agentId(), i + 1, Place.PREVIOUS_NONE, List.of());
            } else {
                place = new Place(b.agentId(), i + 1, Place.PREVIOUS_RANK, List.of(result.rankObtained().toString()));
            }
            places.add(place);
        }
        return places;
    }
}
