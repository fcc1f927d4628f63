package dev.frontline.forecast.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import dev.frontline.forecast.ForecastAllRequest;
import dev.frontline.forecast.ForecastAllService;
import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.ForecastQueue;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.jobs.ui.JobProgressBar;

/**
 * Every queue (or a chosen set) in one background run, each from the day after its own history, then — when the
 * application offers it — requirements for each saved version. The progress names the queue being worked on; the
 * outcome lists every queue's version or why it was not forecast.
 */
class AllQueuesPanel extends Details {

    private final ForecastAllService service;
    private final MultiSelectComboBox<ForecastQueue> queues = new MultiSelectComboBox<>();
    private final RunSettings settings = new RunSettings(this, "forecast-all");
    private final Select<Integer> horizon = settings.horizon;
    private final Select<Integer> grain = settings.grain;
    private final Checkbox carry = settings.carry;
    private final Checkbox followUp = new Checkbox();
    private final Button run = new Button();
    private final JobProgressBar progress;
    private final Span status = new Span();

    AllQueuesPanel(ForecastAllService service, List<ForecastQueue> all, JobService jobs, JobWatcher watcher,
                   Consumer<JobRecord> finished) {
        this.service = service;
        this.progress = new JobProgressBar(jobs, watcher, "forecast-all");
        setId("forecast-all");
        setSummaryText(getTranslation("forecast.all.title"));
        queues.setId("forecast-all-queues");
        queues.setLabel(getTranslation("forecast.all.queues"));
        queues.setHelperText(getTranslation("forecast.all.queues.help"));
        queues.setItemLabelGenerator(ForecastQueue::label);
        queues.setItems(all.stream().filter(ForecastQueue::hasHistory).toList());
        queues.setWidth("24em");
        followUp.setId("forecast-all-follow-up");
        service.followUpLabel().ifPresentOrElse(label -> {
            followUp.setLabel(getTranslation("forecast.all.follow-up", label.render(getLocale())));
            followUp.setValue(true);
        }, () -> followUp.setVisible(false));
        run.setId("forecast-all-run");
        run.setText(getTranslation("forecast.all.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());
        status.setId("forecast-all-status");
        progress.onEnd(job -> {
            run.setEnabled(true);
            if (job.state() == JobState.DONE) {
                status.setText(job.message() == null ? "" : job.message().render(getLocale()));
            } else if (job.state() == JobState.CANCELLED) {
                status.setText(getTranslation("forecast.all.stopped"));
            }
            finished.accept(job);
        });
        HorizontalLayout form = new HorizontalLayout(queues, horizon, grain, carry, followUp, run);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout content = new VerticalLayout(form, progress, status);
        content.setPadding(false);
        add(content);
    }

    private void start() {
        status.setText("");
        List<String> codes = queues.getSelectedItems().stream().map(ForecastQueue::code).sorted().toList();
        try {
            JobRecord job = service.start(new ForecastAllRequest(codes, horizon.getValue(), grain.getValue(),
                    !carry.getValue(), followUp.isVisible() && followUp.getValue()));
            run.setEnabled(false);
            progress.follow(job);
        } catch (ForecastInputException refused) {
            status.setText(ForecastTexts.message(this, refused));
        }
    }
}
