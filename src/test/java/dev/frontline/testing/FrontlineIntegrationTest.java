package dev.frontline.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port over this run's fresh database, with the demo centre as fixture. Every
 * data test uses this one configuration so Spring builds (and seeds) the context once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// without the demo's published coming period and its swaps (tests roster and publish those weeks themselves), nor its
// capacity plan (tests count the plans they make)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"frontline.demo.swaps=false", "frontline.demo.capacity=false"})
@ActiveProfiles("demo")
public @interface FrontlineIntegrationTest {
}
