package dev.frontline.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "version", description = "Prints the Frontline version and the versions of its engines.")
final class VersionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : new Provider().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        return 0;
    }

    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = FrontlineCli.class.getPackage().getImplementationVersion();
            return new String[] {
                    "Frontline " + (version == null ? "development build" : version),
                    "Java " + Runtime.version() + ", Timefold Solver "
                            + ai.timefold.solver.core.api.solver.SolverFactory.class.getPackage().getImplementationVersion()
            };
        }
    }
}
