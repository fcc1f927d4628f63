package dev.frontline.quality.kpis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportService;
import dev.frontline.imports.cli.ImportCliContext;
import dev.frontline.quality.kpis.persistence.KpiBenchRepository;
import dev.frontline.shared.bench.BenchmarkReport;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Loads two years of weekday KPIs for 150 agents (≈78,000 rows) through the import service the UI, REST API and CLI
 * use, into the configured database, then imports the same file again (every row already stored), and reports rows
 * per second (target: a few seconds). Its agents are scratch ones (BENCH-A0001…), their KPIs emptied before each run.
 */
@Command(name = "kpi-import", mixinStandardHelpOptions = true,
        description = "Benchmark the agents' daily KPI import: generate and import agents × weekdays of KPIs.")
public class KpiImportBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "150", description = "Agents (default ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--days", defaultValue = "730", description = "Calendar days; weekdays get a row (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--no-report", description = "Print only; do not write docs/benchmarks.md.")
    boolean noReport;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (agents < 1 || agents > 9999 || days < 1) {
            throw new IllegalArgumentException("bench kpi-import: --agents must be 1 to 9999 and --days at least 1");
        }
        List<String> numbers = new ArrayList<>();
        for (int a = 1; a <= agents; a++) {
            numbers.add(String.format(Locale.ROOT, "BENCH-A%04d", a));
        }
        LocalDate first = LocalDate.of(2024, 1, 1);
        Path file = Files.createTempFile("frontline-bench-kpis", ".csv");
        try (ConfigurableApplicationContext context = ImportCliContext.start()) {
            long rows = write(file, numbers, first);
            context.getBean(KpiBenchRepository.class).prepareAgents(numbers, first);
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("bench", null,
                            List.of(new SimpleGrantedAuthority("ROLE_PLANNER"))));
            ImportService imports = context.getBean(ImportService.class);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf(Locale.ROOT, "Generated %d rows (%d agents × weekdays of %d days, %.1f MB); system load %.1f "
                    + "on %d processors%n", rows, agents, days, Files.size(file) / 1e6, load,
                    Runtime.getRuntime().availableProcessors());

            long t1 = System.nanoTime();
            ImportResult result = importOnce(imports, file);
            double firstSeconds = seconds(t1);
            if (!result.committed() || result.created() != rows) {
                throw new IllegalStateException("the benchmark file was not imported whole: " + result.errors());
            }
            out.printf(Locale.ROOT, "First import: %d rows, %d new, in %.2f s = %.0f rows/s%n", result.rows(),
                    result.created(), firstSeconds, rows / firstSeconds);
            long t2 = System.nanoTime();
            ImportResult again = importOnce(imports, file);
            double againSeconds = seconds(t2);
            out.printf(Locale.ROOT, "Re-import of the same file: %d unchanged, %d new, %d replaced, in %.2f s = %.0f rows/s%n",
                    again.unchanged(), again.created(), again.changed(), againSeconds, rows / againSeconds);
            out.flush();
            if (!noReport) {
                BenchmarkReport.inWorkingDirectory().writeSection("kpi-import", "Agents' daily KPI import",
                        "java -jar target/frontline.jar bench kpi-import", String.format(Locale.ROOT, """
                                | measurement | rows | time | rows/s | target |
                                |---|---|---|---|---|
                                | first import (all rows new), commit | %d (%d agents × weekdays of %d days) | %.2f s | %.0f | a few seconds |
                                | re-import of the same file (nothing written) | %d | %.2f s | %.0f | |

                                Same service path as the UI, REST API and CLI: every row checked as it streams (agent
                                known, day within the employment, every figure within its scale, one row per agent and
                                day), the clean rows staged through COPY, new and replaced rows counted in SQL, one
                                upsert, one transaction. %d processors; system load average %.1f when the run started%s.
                                """, rows, agents, days, firstSeconds, rows / firstSeconds, rows, againSeconds,
                                rows / againSeconds, Runtime.getRuntime().availableProcessors(), load,
                                load > Runtime.getRuntime().availableProcessors()
                                        ? " (above the processor count: other work competed for the CPU and the times "
                                        + "are longer than on an idle machine)" : ""));
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return 0;
    }

    private static ImportResult importOnce(ImportService imports, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importFile(ImportKind.AGENT_KPIS, in, Files.size(file), HistoryOptions.NONE, true,
                    Progress.NONE, Cancellation.NONE);
        }
    }

    /** A row per agent and weekday, with QA on about two days a week and a few survey answers a day. */
    private long write(Path file, List<String> numbers, LocalDate first) {
        SplittableRandom random = new SplittableRandom(16);
        long rows = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("employee_number,date,contacts_handled,aht_seconds,qa_score,qa_evaluations,fcr_percent,"
                    + "csat,ces,survey_responses\n");
            for (String number : numbers) {
                for (LocalDate day = first; day.isBefore(first.plusDays(days)); day = day.plusDays(1)) {
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    int contacts = 40 + random.nextInt(40);
                    boolean evaluated = random.nextInt(5) < 2;
                    int surveys = random.nextInt(6);
                    writer.write(String.format(Locale.ROOT, "%s,%s,%d,%.1f,%s,%d,%.1f,%s,%s,%d%n", number, day,
                            contacts, 240 + random.nextDouble() * 120,
                            evaluated ? String.format(Locale.ROOT, "%.1f", 60 + random.nextDouble() * 40) : "",
                            evaluated ? 1 : 0, 55 + random.nextDouble() * 35,
                            surveys > 0 ? String.format(Locale.ROOT, "%.2f", 3 + random.nextDouble() * 2) : "",
                            surveys > 0 ? String.format(Locale.ROOT, "%.2f", 4 + random.nextDouble() * 3) : "",
                            surveys));
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
