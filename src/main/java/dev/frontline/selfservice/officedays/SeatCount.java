package dev.frontline.selfservice.officedays;

/** A site's office seats on a day and how many of them are booked. */
public record SeatCount(int seats, int booked) {

    public int free() {
        return Math.max(0, seats - booked);
    }
}
