package dev.frontline.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class or method reads third-party data from {@code ../shared/data} (see its README), which the project
 * never copies into its repository. Where the data is missing, the test is skipped and the test report says once,
 * with the path, what was missing instead of the test passing silently.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SharedDataCondition.class)
public @interface RequiresSharedData {

    /** The file or folder the test reads, relative to {@code ../shared/data}. */
    String value();
}
