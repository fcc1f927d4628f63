package dev.frontline.imports.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportService;
import dev.frontline.imports.persistence.ImportBenchRepository;
import dev.frontline.shared.bench.BenchmarkReport;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Loads a year of 15-minute history for 20 queues (≈700,000 rows) through the import service the UI, REST API and
 * CLI use, into the configured database, and reports rows per second and peak heap (target: under 30 s, memory
 * bounded because the file is streamed). Its queues are scratch ones (BENCH_Q01…), emptied before each run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Benchmark the history import: generate and import queues × days of 15-minute intervals.")
public class ImportBenchCommand implements Callable<Integer> {

    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Option(names = "--queues", defaultValue = "20", description = "Queues (default ${DEFAULT-VALUE}).")
    int queues;

    @Option(names = "--days", defaultValue = "365", description = "Days of history per queue (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--no-report", description = "Print only; do not write docs/benchmarks.md.")
    boolean noReport;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (queues < 1 || queues > 99 || days < 1) {
            throw new IllegalArgumentException("bench import: --queues must be 1 to 99 and --days at least 1");
        }
        List<String> codes = new ArrayList<>();
        for (int q = 1; q <= queues; q++) {
            codes.add(String.format(Locale.ROOT, "BENCH_Q%02d", q));
        }
        LocalDate first = LocalDate.of(2024, 1, 1);
        Path file = Files.createTempFile("frontline-bench-history", ".csv");
        try (ConfigurableApplicationContext context = ImportCliContext.start()) {
            long t0 = System.nanoTime();
            long rows = write(file, codes, first);
            out.printf(Locale.ROOT, "Generated %d rows (%d queues × %d days, %.1f MB, DST days included) in %.1f s%n", rows,
                    queues, days, Files.size(file) / 1e6, seconds(t0));
            context.getBean(ImportBenchRepository.class).prepareQueues(codes, ZONE);
            // the import service asks for a planner; the benchmark acts as one
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("bench", null, List.of()));
            ImportService imports = context.getBean(ImportService.class);

            // other work on a shared machine slows every figure; the load average says how busy it was
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf(Locale.ROOT, "System load average before the import: %.1f on %d processors%n", load,
                    Runtime.getRuntime().availableProcessors());
            System.gc();
            resetPeaks();
            long t1 = System.nanoTime();
            ImportResult result = importOnce(imports, file);
            double importSeconds = seconds(t1);
            long peakMb = peakHeapBytes() / (1024 * 1024);
            if (!result.committed() || result.created() != rows) {
                throw new IllegalStateException("the benchmark file was not imported whole: " + result.errors());
            }
            out.printf(Locale.ROOT, "First import: %d rows, %d new, in %.1f s = %.0f rows/s (target < 30 s); peak heap %d MB "
                    + "(max heap %d MB)%n", result.rows(), result.created(), importSeconds, rows / importSeconds, peakMb,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));

            long t2 = System.nanoTime();
            ImportResult again = importOnce(imports, file);
            double reimport = seconds(t2);
            out.printf(Locale.ROOT, "Re-import of the same file: %d unchanged, %d new, %d changed, in %.1f s = %.0f rows/s%n",
                    again.unchanged(), again.created(), again.changed(), reimport, rows / reimport);
            out.printf(Locale.ROOT, "Processors available: %d%n", Runtime.getRuntime().availableProcessors());
            out.flush();
            if (!noReport) {
                BenchmarkReport.inWorkingDirectory().writeSection("import", "History import",
                        "java -Xmx256m -jar target/frontline.jar bench import", String.format(Locale.ROOT, """
                                | measurement | rows | time | rows/s | target |
                                |---|---|---|---|---|
                                | first import (all rows new), commit | %d (%d queues × %d days × 15 min) | %.1f s | %.0f | < 30 s |
                                | re-import of the same file (nothing written) | %d | %.1f s | %.0f | |

                                Peak heap during the first import: %d MB of a %d MB maximum — the file (%.1f MB) is streamed
                                through COPY into a staging table, never held in memory. Same service path as the UI,
                                REST API and CLI (every row checked, duplicates, grain, overlap and diff as SQL, one
                                transaction). Queues in Europe/Warsaw, so the file includes DST days. %d processors;
                                system load average %.1f when the import started (above the processor count, other work
                                competed for the CPU and the times are longer than on an idle machine).
                                """, rows, queues, days, importSeconds, rows / importSeconds, rows, reimport, rows / reimport,
                                peakMb, Runtime.getRuntime().maxMemory() / (1024 * 1024), Files.size(file) / 1e6,
                                Runtime.getRuntime().availableProcessors(), load));
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return 0;
    }

    private static ImportResult importOnce(ImportService imports, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importFile(ImportKind.HISTORY, in, Files.size(file), HistoryOptions.NONE, true, Progress.NONE, Cancellation.NONE);
        }
    }

    /** Streams the file: one line at a time, as an ACD export would be written. */
    private long write(Path file, List<String> codes, LocalDate first) {
        SplittableRandom random = new SplittableRandom(42);
        long rows = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("interval_start,queue,offered,handled,abandoned,aht_seconds,asa_seconds,service_level_percent\n");
            for (String code : codes) {
                double peak = 20 + random.nextDouble() * 80;
                ZonedDateTime t = first.atStartOfDay(ZONE);
                ZonedDateTime end = first.plusDays(days).atStartOfDay(ZONE);
                while (t.isBefore(end)) {
                    double hour = t.getHour() + t.getMinute() / 60.0;
                    int offered = (int) Math.round(peak * (0.05 + Math.exp(-Math.pow((hour - 11) / 3, 2)))
                            * (0.8 + 0.4 * random.nextDouble()));
                    int abandoned = offered / 20;
                    int handled = offered - abandoned;
                    writer.write(t.toLocalDateTime().format(LOCAL));
                    writer.write(',');
                    writer.write(code);
                    writer.write(String.format(Locale.ROOT, ",%d,%d,%d,%.1f,%.1f,%.1f%n", offered, handled, abandoned,
                            180 + random.nextDouble() * 120, random.nextDouble() * 40, 60 + random.nextDouble() * 40));
                    rows++;
                    t = t.plus(Duration.ofMinutes(15));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
