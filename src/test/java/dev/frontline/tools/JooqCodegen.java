package dev.frontline.tools;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import dev.frontline.testing.ScratchDatabase;

/**
 * Generates the jOOQ classes from the schema that Flyway builds in a scratch PostgreSQL database. Run through
 * {@code mvn -Pjooq-codegen process-test-classes}; {@code GeneratedJooqClassesTest} runs it too and fails when the
 * committed classes drift from the migrations.
 */
public final class JooqCodegen {

    public static final String PACKAGE = "dev.frontline.db";

    private JooqCodegen() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "src/generated/java");
        generate(Path.of("db/migration"), target);
        System.out.println("jOOQ classes regenerated under " + target.toAbsolutePath());
    }

    public static void generate(Path migrations, Path targetDirectory) throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("frontline_codegen")) {
            Flyway.configure()
                    .dataSource(database.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD)
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(database.url())
                            .withUser(ScratchDatabase.USER)
                            .withPassword(ScratchDatabase.PASSWORD))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    // both tables belong to their libraries (Flyway, db-scheduler), which read them with their own SQL
                                    .withExcludes("flyway_schema_history|scheduled_tasks"))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withJavaTimeTypes(true)
                                    .withGeneratedAnnotation(false)
                                    .withComments(true))
                            .withTarget(new Target()
                                    .withPackageName(PACKAGE)
                                    .withDirectory(targetDirectory.toAbsolutePath().toString())
                                    .withClean(true))));
        }
    }
}
