package dev.frontline.selfservice.officedays.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.frontline.shared.text.Phrase;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.officedays.SeatStorm;
import dev.frontline.selfservice.officedays.persistence.OfficeDayRepository;
import dev.frontline.selfservice.officedays.persistence.StormFixtureRepository;
import dev.frontline.shared.bench.BenchmarkReport;

/**
 * {@code bench seats}: the seat-booking storm against the configured PostgreSQL. A throw-away site with
 * {@code --seats} seats, {@code --seats} − {@code --free} of them booked first, then {@code --requests} agents book the
 * same day at once, each in its own transaction on its own connection as the booking service does; the database's
 * seat check is all that stands between them and the cap. Prints successes, oversubscription (must be 0) and latency,
 * writes docs/benchmarks.md and removes the site, its agents and bookings.
 */
@Command(name = "seats", mixinStandardHelpOptions = true,
        description = "Seat-booking storm: concurrent office-day bookings for the last free seats of a site.")
public class SeatStormBenchCommand implements Callable<Integer> {

    @Option(names = "--requests", defaultValue = "500", description = "simultaneous booking requests (default ${DEFAULT-VALUE})")
    int requests;
    @Option(names = "--seats", defaultValue = "100", description = "seats of the site (default ${DEFAULT-VALUE})")
    int seats;
    @Option(names = "--free", defaultValue = "60", description = "seats still free when the storm starts (default ${DEFAULT-VALUE})")
    int free;
    @Option(names = "--pool", defaultValue = "50", description = "database connections (default ${DEFAULT-VALUE})")
    int pool;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (requests < 1 || seats < 1 || free < 0 || free > seats) {
            out.println("error: need --requests ≥ 1, --seats ≥ 1 and 0 ≤ --free ≤ --seats");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataLayer.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "spring.jooq.sql-dialect=POSTGRES",
                        "spring.flyway.locations=classpath:db/migration", "logging.level.root=warn",
                        "spring.datasource.hikari.maximum-pool-size=" + pool)
                .run()) {
            StormFixtureRepository fixtures = context.getBean(StormFixtureRepository.class);
            OfficeDayRepository bookings = context.getBean(OfficeDayRepository.class);
            TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            String code = "STORM-" + ProcessHandle.current().pid();
            var fixture = transaction.execute(s -> fixtures.create(code, seats, seats - free + requests, "Europe/Istanbul"));
            LocalDate day = SeatStorm.stormDay(LocalDate.now());
            try {
                List<Long> before = fixture.agentIds().subList(0, seats - free);
                List<Long> storm = fixture.agentIds().subList(seats - free, fixture.agentIds().size());
                before.forEach(agent -> book(transaction, bookings, agent, day, fixture.siteId()));
                SeatStorm.Result result = SeatStorm.run(storm, seats,
                        agent -> book(transaction, bookings, agent, day, fixture.siteId()),
                        () -> fixtures.booked(fixture.siteId(), day)[0]);
                int counted = fixtures.booked(fixture.siteId(), day)[1];
                String line = String.format(Locale.ROOT, "requests=%d free=%d successes=%d refused=%d errors=%d"
                        + " booked=%d/%d (bookings counted %d) oversubscription=%d p50=%dms p95=%dms max=%dms wall=%dms",
                        result.requests(), free, result.successes(), result.refused(), result.errors(), result.bookedAfter(),
                        seats, counted, result.oversubscription(), result.p50().toMillis(), result.p95().toMillis(),
                        result.max().toMillis(), result.wall().toMillis());
                out.println(line);
                BenchmarkReport.inWorkingDirectory().writeSection("seats", "Seat-booking storm",
                        "java -jar target/frontline.jar bench seats --requests " + requests + " --seats " + seats
                                + " --free " + free + " --pool " + pool,
                        """
                        %d agents book the same office day at once for the last %d free seats of a %d-seat site (the
                        other %d booked before), each on its own thread and, through a pool of %d connections, in its own
                        transaction. PostgreSQL keeps the count per site and day (a trigger on `office_day_booking`) under
                        a check (`booked between 0 and seats`); the insert that would take one seat too many fails.
                        Latency is from the common start to each answer, so it includes waiting for a connection and for
                        the seat row's lock (the bookings of one site-day are serialised by design) and, on the shared
                        2-core development machine, for a CPU among 500 threads.

                        | requests | free seats | successes | refused | errors | booked after / seats | oversubscription | p50 | p95 | max | wall |
                        |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                        | %d | %d | %d | %d | %d | %d / %d | %d | %d ms | %d ms | %d ms | %d ms |
                        """.formatted(requests, free, seats, seats - free, pool, requests, free, result.successes(),
                                result.refused(), result.errors(), result.bookedAfter(), seats, result.oversubscription(),
                                result.p50().toMillis(), result.p95().toMillis(), result.max().toMillis(),
                                result.wall().toMillis()));
                return result.oversubscription() == 0 && result.errors() == 0 && counted == result.bookedAfter() ? 0 : 1;
            } finally {
                transaction.executeWithoutResult(s -> fixtures.remove(fixture));
            }
        }
    }

    private static void book(TransactionTemplate transaction, OfficeDayRepository bookings, long agent, LocalDate day,
            long site) {
        OfficeDayRepository.Insert result = transaction.execute(status -> {
            OfficeDayRepository.Insert insert = bookings.insert(agent, day, site);
            if (insert == OfficeDayRepository.Insert.SEATS_TAKEN) {
                status.setRollbackOnly();
            }
            return insert;
        });
        if (result == OfficeDayRepository.Insert.SEATS_TAKEN) {
            throw SelfServiceException.refused("date", "SEATS_TAKEN", Phrase.of("selfservice.refusal.seats-full"), Map.of());
        }
    }

    /** The data source, Flyway, jOOQ and the booking tables: no web, no services. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            JooqAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
    @Import({OfficeDayRepository.class, StormFixtureRepository.class})
    static class DataLayer {
    }
}
