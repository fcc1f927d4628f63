package dev.frontline.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhrasedException;

/**
 * A job kind for the tests of the job service: its parameters say whether to return a result, fail, or wait until
 * cancelled. It remembers who it ran as. (A component in the test sources, so the one shared test context has it;
 * public for the tests of the views' job control.)
 */
@Component
public class ScriptedJobHandler implements JobHandler {

    public static final String KIND = "TEST_SCRIPTED";
    static final Map<Long, String> RAN_AS = new ConcurrentHashMap<>();

    /** What the job does: {@code RESULT} (returns {@code result}), {@code FAIL} (with {@code message}), {@code REFUSE} (a phrased reason about forecast version {@code result}), {@code WAIT_FOR_CANCEL} or {@code REPORT_ROWS_AND_WAIT}. */
    public record Script(String action, Long result, String message) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Long run(JobExecution execution) throws Exception {
        RAN_AS.put(execution.jobId(), SecurityContextHolder.getContext().getAuthentication().getName());
        Script script = execution.parameters(Script.class);
        switch (script.action()) {
            case "FAIL" -> throw new IllegalStateException(script.message());
            // a failure that says why as a sentence of the bundles, wrapped as a service might wrap it
            case "REFUSE" -> throw new IllegalStateException("while staffing",
                    new PhrasedException(Phrase.of("staffing.failure.no-intervals", script.result())));
            case "REPORT_ROWS_AND_WAIT" -> {
                // a real sentence of the bundles, so readers in other languages see it translated
                while (!execution.cancelRequested()) {
                    execution.progress(0.5, Phrase.of("jobs.progress.rows-read", 5));
                    Thread.sleep(50);
                }
                execution.stoppedOnRequest();
                return null;
            }
            case "WAIT_FOR_CANCEL" -> {
                for (int step = 0; !execution.cancelRequested(); step++) {
                    execution.progress(Math.min(0.9, step / 100.0), Phrase.of("jobs.progress.stored", "waiting, step " + step));
                    execution.point(new JobPoint(step * 50L, String.valueOf(step)));
                    Thread.sleep(50);
                }
                execution.stoppedOnRequest();
                return null;
            }
            default -> {
                execution.progress(1, Phrase.of("jobs.progress.stored", "done"));
                return script.result();
            }
        }
    }
}

