package dev.frontline.imports.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportCharset;
import dev.frontline.imports.ImportTooLargeException;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportService;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import <kind> FILE}: the same checks and messages as the UI and the REST API, for scripted loads. Exit code 0
 * when the file was imported (or, with --dry-run, would be), 2 when it was refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a CSV file (see docs/workforce-data.md) into the database named by SPRING_DATASOURCE_URL.",
        subcommands = {ImportCommand.History.class, ImportCommand.Agents.class, ImportCommand.Contracts.class,
                ImportCommand.ShiftTemplates.class, ImportCommand.TrainingCompletions.class,
                ImportCommand.AgentKpis.class, ImportCommand.QueueService.class})
public final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class FileImport implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8 unless --charset says "
                + "otherwise, header in the first line).")
        Path file;

        @Option(names = "--dry-run", description = "Check and compare only; write nothing.")
        boolean dryRun;

        @Option(names = "--charset", paramLabel = "CHARSET", description = "The file's character set: UTF-8 (default), "
                + "windows-1254, windows-1250, ISO-8859-9 or ISO-8859-2. A file not valid in it is refused naming the "
                + "first bad line.")
        String charset;

        abstract ImportKind kind();

        HistoryOptions options() {
            return HistoryOptions.NONE;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            HistoryOptions options = options();
            ImportCharset fileCharset = ImportCharset.named(charset);
            try (ConfigurableApplicationContext context = ImportCliContext.start();
                 InputStream in = Files.newInputStream(file)) {
                ImportResult result = context.getBean(ImportService.class).importFile(kind(), in, fileCharset,
                        Files.size(file), options, !dryRun, Progress.NONE, Cancellation.NONE);
                return report(result, spec.commandLine().getOut(), spec.commandLine().getErr());
            } catch (ImportTooLargeException e) {
                spec.commandLine().getErr().println(file + ": " + e.getMessage());
                return 2;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        private int report(ImportResult result, PrintWriter out, PrintWriter err) {
            if (!result.valid()) {
                for (ImportError error : result.errors()) {
                    err.println(error.describe());
                }
                if (result.errorCount() > result.errors().size()) {
                    err.printf(Locale.ROOT, "... and %d more errors%n", result.errorCount() - result.errors().size());
                }
                err.printf(Locale.ROOT, "%s refused: %d errors; nothing was imported%n", file, result.errorCount());
                return 2;
            }
            out.printf(Locale.ROOT, "%s: %d rows, %d new, %d changed, %d unchanged%s%n", file, result.rows(),
                    result.created(), result.changed(), result.unchanged(),
                    result.committed() ? "" : " (dry run: nothing written)");
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Interval history of an ACD export: interval_start,queue,offered,handled,abandoned,aht_seconds"
                    + "[,asa_seconds][,service_level_percent].")
    static final class History extends FileImport {

        @Option(names = "--queue", description = "The queue of every row (then the queue column may be left out).")
        String queue;

        @Option(names = "--time-zone", description = "Time zone of local times (default: each queue's own).")
        String timeZone;

        @Option(names = "--grain", description = "Interval length in minutes: 5, 6, 15, 30 or 60 (default: detected).")
        Integer grain;

        @Override
        ImportKind kind() {
            return ImportKind.HISTORY;
        }

        @Override
        HistoryOptions options() {
            ZoneId zone = null;
            if (timeZone != null) {
                try {
                    zone = ZoneId.of(timeZone);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("--time-zone '" + timeZone + "' is not a time zone (e.g. Europe/Warsaw)");
                }
            }
            return new HistoryOptions(queue, zone, grain);
        }
    }

    @Command(name = "agents", mixinStandardHelpOptions = true, description = "Agents with skills and languages.")
    static final class Agents extends FileImport {
        @Override
        ImportKind kind() {
            return ImportKind.AGENTS;
        }
    }

    @Command(name = "contracts", mixinStandardHelpOptions = true, description = "Contracts and their labour rules.")
    static final class Contracts extends FileImport {
        @Override
        ImportKind kind() {
            return ImportKind.CONTRACTS;
        }
    }

    @Command(name = "shift-templates", mixinStandardHelpOptions = true, description = "Shift templates.")
    static final class ShiftTemplates extends FileImport {
        @Override
        ImportKind kind() {
            return ImportKind.SHIFT_TEMPLATES;
        }
    }

    @Command(name = "training-completions", mixinStandardHelpOptions = true,
            description = "Training results: employee_number,course_code,completed_on,result[,score] (result passed or failed).")
    static final class TrainingCompletions extends FileImport {
        @Override
        ImportKind kind() {
            return ImportKind.TRAINING_COMPLETIONS;
        }
    }

    @Command(name = "agent-kpis", mixinStandardHelpOptions = true,
            description = "Agents' daily KPIs (docs/quality-data.md): employee_number,date,contacts_handled[,aht_seconds]"
                    + "[,qa_score,qa_evaluations][,fcr_percent][,csat][,ces][,survey_responses]. A day already "
                    + "stored for the agent is replaced.")
    static final class AgentKpis extends FileImport {
        @Override
        ImportKind kind() {
            return ImportKind.AGENT_KPIS;
        }
    }

    @Command(name = "queue-service", mixinStandardHelpOptions = true,
            description = "Service per queue and interval (docs/quality-data.md): queue,interval_start[,interval_minutes]"
                    + "[,staffed_agents], then service_level_percent,asa_seconds,abandon_percent for real-time queues or "
                    + "first_response_seconds[,reply_wait_seconds],reply_rate_percent,resolution_rate_percent for "
                    + "deferred ones. An interval already stored is replaced.")
    static final class QueueService extends FileImport {
        @Override
        ImportKind kind() {
            return ImportKind.QUEUE_SERVICE;
        }
    }
}
