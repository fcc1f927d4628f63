package dev.frontline.selfservice.officedays;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * The seat-booking storm: {@code requests} agents ask for an office day at one site at the same moment (each on its own
 * thread, released together), for a site whose free seats are fewer. Counts the successes and compares the seats the
 * database says are booked with the seats: oversubscription must be 0.
 */
public final class SeatStorm {

    private SeatStorm() {
    }

    /**
     * @param successes bookings that went through
     * @param refused bookings refused (seats taken)
     * @param errors failures other than a refusal (must be 0)
     * @param bookedAfter seats booked once the storm is over, as the database keeps them
     * @param seats the site's seats
     */
    public record Result(int requests, int successes, int refused, int errors, int bookedAfter, int seats,
            Duration p50, Duration p95, Duration max, Duration wall) {

        public int oversubscription() {
            return Math.max(0, bookedAfter - seats);
        }
    }

    /**
     * Runs one booking per agent id at once through {@code book}, which throws on a refusal.
     *
     * @param bookedAfter reads the booked seats after the storm
     */
    public static Result run(List<Long> agentIds, int seats, LongConsumer book, java.util.function.IntSupplier bookedAfter)
            throws InterruptedException {
        int n = agentIds.size();
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        long[] nanos = new long[n];
        List<Future<Integer>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                int index = i;
                long agent = agentIds.get(i);
                outcomes.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    try {
                        book.accept(agent);
                        return 0;
                    } catch (dev.frontline.selfservice.SelfServiceException refused) {
                        return "SEATS_TAKEN".equals(refused.rule()) ? 1 : 2;
                    } catch (RuntimeException e) {
                        return 2;
                    } finally {
                        nanos[index] = System.nanoTime() - start;
                    }
                }));
            }
            ready.await();
            long wallStart = System.nanoTime();
            go.countDown();
            int ok = 0;
            int refused = 0;
            int errors = 0;
            for (Future<Integer> f : outcomes) {
                int outcome;
                try {
                    outcome = f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    outcome = 2;
                }
                if (outcome == 0) {
                    ok++;
                } else if (outcome == 1) {
                    refused++;
                } else {
                    errors++;
                }
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Result(n, ok, refused, errors, bookedAfter.getAsInt(), seats,
                    Duration.ofNanos(sorted[(int) Math.ceil(0.50 * n) - 1]),
                    Duration.ofNanos(sorted[(int) Math.ceil(0.95 * n) - 1]), Duration.ofNanos(sorted[n - 1]), wall);
        } finally {
            threads.shutdownNow();
        }
    }

    /** A day the storm books: a weekday within the booking window (next week's Wednesday). */
    public static LocalDate stormDay(LocalDate today) {
        return today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY));
    }
}
