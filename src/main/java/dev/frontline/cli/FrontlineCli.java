package dev.frontline.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import dev.frontline.forecast.cli.ForecastCommand;
import dev.frontline.imports.cli.ImportCommand;
import dev.frontline.roster.cli.ExportCommand;
import dev.frontline.roster.cli.RosterSolveCommand;
import dev.frontline.security.cli.UsersCommand;
import dev.frontline.staffing.cli.ErlangCommand;
import dev.frontline.staffing.cli.SimulateCommand;

/**
 * The {@code frontline} command line: batch commands that run without the web server. Pure computations need no
 * database; commands that do start only the data layer.
 */
@Command(name = "frontline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Frontline workforce management. Without a command, the web application starts "
                + "(java -jar frontline.jar [--spring.profiles.active=demo]).",
        subcommands = {
                CommandLine.HelpCommand.class,
                VersionCommand.class,
                DatabaseCommand.class,
                ImportCommand.class,
                UsersCommand.class,
                ForecastCommand.class,
                ErlangCommand.class,
                SimulateCommand.class,
                RosterSolveCommand.class,
                ExportCommand.class,
                BenchCommand.class
        })
public final class FrontlineCli implements Runnable {

    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Spring Boot options start with "--" (e.g. --server.port=9090); anything else is a command for us. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || OWN_OPTIONS.contains(args[0]));
    }

    public static int run(String[] args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new FrontlineCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof IllegalArgumentException || exception instanceof IllegalStateException) {
                cmd.getErr().println("error: " + exception.getMessage());
                return 2;
            }
            throw exception;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
