package dev.frontline.jobs;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * db-scheduler over the application's PostgreSQL, built through its plain Java API: its Spring Boot starter is built
 * for the Boot line before 4 and names a data-source auto-configuration class that Boot 4 moved. One one-time task
 * runs every background job, its instance id being the job row's id. A node that stops keeps heartbeats from reaching
 * the table; after {@code missed-heartbeats × heartbeat} another node revives the execution and the job runs again
 * there.
 */
@Configuration(proxyBeanMethods = false)
class JobSchedulerConfig {

    static final String TASK = "background-job";

    @Bean
    OneTimeTask<Void> backgroundJobTask(JobRunner runner) {
        return Tasks.oneTime(TASK)
                // an execution fails only when its node stops mid-job (the runner records every other failure in
                // the job row): let any node take it up again soon
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(Long.parseLong(instance.getId())));
    }

    @Bean(destroyMethod = "")
    Scheduler jobScheduler(DataSource dataSource, OneTimeTask<Void> backgroundJobTask, NodeName node,
                           @Value("${frontline.jobs.threads:4}") int threads,
                           @Value("${frontline.jobs.polling-interval:1s}") Duration polling,
                           @Value("${frontline.jobs.heartbeat-interval:5s}") Duration heartbeat,
                           @Value("${frontline.jobs.missed-heartbeats:6}") int missedHeartbeats) {
        return Scheduler.create(dataSource, backgroundJobTask)
                .schedulerName(new SchedulerName.Fixed(node.name()))
                .threads(threads)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .enableImmediateExecution()
                // a job still running at shutdown is left to be revived, not waited for
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Starts polling once the whole context (and the migrated schema) is ready; stops before the data source. */
    @Bean
    SmartLifecycle jobSchedulerLifecycle(Scheduler jobScheduler, JobRunner runner) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                jobScheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                runner.stopping();
                jobScheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            /** db-scheduler cannot start again once stopped (its executors are shut down), so it is never paused. */
            @Override
            public boolean isPauseable() {
                return false;
            }
        };
    }
}
