package dev.frontline.workforce.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.focus_shift.jollyday.core.HolidayManager;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.workforce.masterdata.QueueDraft;
import dev.frontline.workforce.masterdata.QueueService;
import dev.frontline.workforce.masterdata.Rules;
import dev.frontline.workforce.masterdata.SkillRow;
import dev.frontline.workforce.masterdata.Stored;

/**
 * Queues: channel, language, skill, customers' time zone and country, priority and the service goal. The goal fields
 * shown and required follow the channel, as the database's check constraints do.
 */
@Route("queues")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.queues", order = 11, icon = "vaadin:headset")
public class QueuesView extends MasterDataView<QueueDraft> {

    private final QueueService queues;
    private final ComboBox<ChannelType> channel = new ComboBox<>();
    private final NumberField slPercent;
    private final IntegerField slSeconds;
    private final NumberField responseHours;
    private final IntegerField concurrency;
    private final ComboBox<String> skill = new ComboBox<>();

    public QueuesView(QueueService queues) {
        super(QueueDraft.class, queues, "queue", "queues.title");
        this.queues = queues;
        grid.addColumn(r -> r.data().code()).setHeader(getTranslation("masterdata.col.code")).setSortable(true);
        grid.addColumn(r -> r.data().name()).setHeader(getTranslation("masterdata.col.name")).setSortable(true);
        grid.addColumn(r -> getTranslation("channel." + r.data().channel().getLiteral()))
                .setHeader(getTranslation("queues.col.channel")).setSortable(true);
        grid.addColumn(r -> r.data().language()).setHeader(getTranslation("queues.col.language")).setSortable(true);
        grid.addColumn(r -> goal(r.data())).setHeader(getTranslation("queues.col.goal"));
        grid.addColumn(r -> r.data().priority()).setHeader(getTranslation("queues.col.priority")).setSortable(true);

        TextField code = Fields.text("queue-code", getTranslation("masterdata.field.code"));
        // the rules and their messages come from the constraints on QueueDraft (BeanValidationBinder); the goals a
        // channel needs are a rule across fields, so the service's refusal marks them
        binder.forField(code).bind("code");
        TextField name = Fields.text("queue-name", getTranslation("masterdata.field.name"));
        binder.forField(name).bind("name");
        channel.setId("queue-channel");
        channel.setLabel(getTranslation("queues.field.channel"));
        channel.setItems(ChannelType.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.getLiteral()));
        binder.forField(channel).bind("channel");
        TextField language = Fields.text("queue-language", getTranslation("queues.field.language"));
        binder.forField(language).bind("language");
        skill.setId("queue-skill");
        skill.setLabel(getTranslation("queues.field.skill"));
        skill.setHelperText(getTranslation("queues.field.skill.help"));
        skill.setItems(queues.skills().stream().map(SkillRow::code).toList());
        skill.setAllowCustomValue(true);
        skill.addCustomValueSetListener(e -> skill.setValue(e.getDetail()));
        binder.forField(skill).bind("skillCode");
        ComboBox<String> zone = new ComboBox<>(getTranslation("queues.field.time-zone"));
        zone.setId("queue-time-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(Rules::timeZone).sorted().toList());
        binder.forField(zone).bind("timeZone");
        ComboBox<String> country = new ComboBox<>(getTranslation("queues.field.country"));
        country.setId("queue-country");
        country.setItems(HolidayManager.getSupportedCalendarCodes().stream().filter(c -> c.matches("^[A-Z]{2}$"))
                .sorted().toList());
        binder.forField(country).bind("countryCode");
        IntegerField priority = Fields.integer("queue-priority", getTranslation("queues.field.priority"), 1, 10);
        binder.forField(priority).bind("priority");

        slPercent = Fields.number("queue-sl-percent", getTranslation("queues.field.sl-percent"));
        slSeconds = Fields.integer("queue-sl-seconds", getTranslation("queues.field.sl-seconds"), 1, 86_400);
        responseHours = Fields.number("queue-response-hours", getTranslation("queues.field.response-hours"));
        concurrency = Fields.integer("queue-concurrency", getTranslation("queues.field.concurrency"), 1, 10);
        binder.forField(slPercent).bind("slTargetPercent");
        binder.forField(slSeconds).bind("slThresholdSeconds");
        binder.forField(responseHours).bind("responseGoalHours");
        binder.forField(concurrency).bind("chatConcurrency");
        channel.addValueChangeListener(e -> showGoalFields());

        form.add(code, name, channel, language, skill, priority, zone, country, slPercent, slSeconds, responseHours,
                concurrency);
        init();
    }

    private boolean realTime() {
        return channel.getValue() != null && QueueDraft.realTime(channel.getValue());
    }

    private void showGoalFields() {
        boolean realTime = realTime();
        boolean deferred = channel.getValue() != null && !realTime;
        slPercent.setVisible(realTime);
        slSeconds.setVisible(realTime);
        responseHours.setVisible(deferred);
        concurrency.setVisible(channel.getValue() == ChannelType.CHAT);
        slPercent.setRequiredIndicatorVisible(realTime);
        slSeconds.setRequiredIndicatorVisible(realTime);
        responseHours.setRequiredIndicatorVisible(deferred);
        concurrency.setRequiredIndicatorVisible(channel.getValue() == ChannelType.CHAT);
    }

    private String goal(QueueDraft q) {
        if (QueueDraft.realTime(q.channel())) {
            return getTranslation("queues.goal.sl", Formats.decimal(q.slTargetPercent(), 0), q.slThresholdSeconds());
        }
        return getTranslation("queues.goal.response", Formats.decimal(q.responseGoalHours(), 1));
    }

    @Override
    protected void edited(Stored<QueueDraft> row) {
        showGoalFields();
    }

    @Override
    protected QueueDraft blank() {
        return new QueueDraft("", "", null, "", "", null, null, null, null, null, null, 5);
    }
}
