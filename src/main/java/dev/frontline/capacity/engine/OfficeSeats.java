package dev.frontline.capacity.engine;

import dev.frontline.shared.text.Phrase;

/**
 * What a queue's office can hold. {@code officeFte} is the supply its share of the sites' office seats can seat: a
 * seat holds one agent at a time, so it serves the paid hours of a week at the queue's busiest interval's rate;
 * {@code homeShare} is the share of the office-eligible agents' work done from home, and only the rest needs a seat;
 * {@code homeOnlyFte} is the supply of agents who never work in the office. The supply a queue can put on the phones
 * is at most {@code homeOnlyFte + officeFte / (1 − homeShare)}; with all work at home there is no limit.
 */
public record OfficeSeats(double officeFte, double homeShare, double homeOnlyFte) {

    public OfficeSeats {
        if (!(officeFte >= 0) || !(homeOnlyFte >= 0)) {
            throw new CapacityInputException("officeFte", Phrase.of("capacity.input.seats-negative", officeFte, homeOnlyFte));
        }
        if (!(homeShare >= 0 && homeShare <= 1)) {
            throw new CapacityInputException("homeSharePercent", Phrase.of("capacity.error.share-range", homeShare * 100));
        }
    }

    /** The most supply the seats allow, in FTE; infinite when all work is done from home. */
    public double supplyCap() {
        return homeShare >= 1 ? Double.POSITIVE_INFINITY : homeOnlyFte + officeFte / (1 - homeShare);
    }

    public OfficeSeats withHomeShare(double share) {
        return new OfficeSeats(officeFte, share, homeOnlyFte);
    }
}
