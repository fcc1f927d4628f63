package dev.frontline.capacity.engine;

import java.time.LocalDate;

import dev.frontline.shared.text.Phrase;

/** Hours the queue's agents spend off the phones in training in one week (their enrolments' off-phone hours). */
public record TrainingLoad(String queueCode, LocalDate weekStart, double hours) {

    public TrainingLoad {
        if (!(hours >= 0)) {
            throw new CapacityInputException("hours", Phrase.of("capacity.input.training-negative", hours));
        }
    }
}
