package dev.frontline.workforce.ui;

import java.time.Duration;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/** Small factories for form fields with a stable id, so the master-data forms read as lists of fields. */
final class Fields {

    private Fields() {
    }

    static TextField text(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        return field;
    }

    static IntegerField integer(String id, String label, int min, int max) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    static NumberField number(String id, String label) {
        NumberField field = new NumberField(label);
        field.setId(id);
        return field;
    }

    static TimePicker time(String id, String label) {
        TimePicker field = new TimePicker(label);
        field.setId(id);
        field.setStep(Duration.ofMinutes(15));
        return field;
    }
}
