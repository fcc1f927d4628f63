package dev.frontline.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.staffing.ShrinkageRule;
import dev.frontline.staffing.ShrinkageTable;

/**
 * Shrinkage by month worked by hand: a queue busy on Mondays (100 contacts) and Saturdays (50), the centre's default
 * row 20 % planned + 5 % unplanned, the queue's own Saturday row 30 % + 10 %, a plan of nine weeks from Monday
 * 1 March 2027 (to Sunday 2 May); 26.1 days' leave a year (a tenth of 261 working days) and one public holiday,
 * Easter Monday 5 April.
 */
class MonthlyShrinkageTest {

    static final CapacitySources.Queue QUEUE = new CapacitySources.Queue(7, "BILLING", "Billing", ChannelType.VOICE,
            "BILLING", 80.0, 20, null, "UTC", "PL");
    static final Set<LocalDate> EASTER_MONDAY = Set.of(LocalDate.of(2027, 4, 5));
    static final LocalDate FIRST = LocalDate.of(2027, 3, 1);

    static double[] shape() {
        double[] shape = new double[168];
        shape[9] = 100;                                    // Monday 09:00
        shape[5 * 24 + 10] = 50;                           // Saturday 10:00
        return shape;
    }

    @Test
    void aMonthWeighsItsWeekdaysByTheQueuesContacts() {
        ShrinkageTable table = new ShrinkageTable(List.of(new ShrinkageRule(null, null, 20, 5),
                new ShrinkageRule(7L, DayOfWeek.SATURDAY, 30, 10)));
        MonthlyShrinkage s = MonthlyShrinkage.of(table, QUEUE, shape(), FIRST, 9, 0.30, 26.1, EASTER_MONDAY);
        // March 2027 has five Mondays and four Saturdays: (5 × 100 × 25 % + 4 × 50 × 40 %) / (500 + 200) = 29.3 %
        // while scheduled; with a tenth of the working days on leave 1 − 0.707 × 0.9 = 36.4 %
        double march = (5 * 100 * 0.25 + 4 * 50 * 0.40) / 700;
        assertThat(s.byMonth()[2]).isCloseTo(1 - (1 - march) * (1 - 0.1), within(1e-12));
        // April four of each, (400 × 25 % + 200 × 40 %) / 600 = 30 %, and Easter Monday is one of its 22 weekdays off
        assertThat(s.byMonth()[3]).isCloseTo(1 - (1 - 0.30) * (1 - 0.1 - 1.0 / 22), within(1e-12));   // 40.2 %
        // the plan's only May day is Saturday the 1st: its 40 % and the leave
        assertThat(s.byMonth()[4]).isCloseTo(1 - (1 - 0.40) * (1 - 0.1), within(1e-12));               // 46 %
        assertThat(s.note().key()).isEqualTo("capacity.shrinkage.table");
        assertThat(s.note().english()).startsWith("Billing: 36.4 to 46 % by month. While scheduled, 29.3 to 40 % from "
                + "the shrinkage table").contains("this queue on this day").contains("the default for every day")
                .contains("26.1 days' leave a year").contains("1 public holiday");
    }

    @Test
    void aQueueNoRowAppliesToTakesThePlansConstantAndSaysSo() {
        ShrinkageTable table = new ShrinkageTable(List.of(new ShrinkageRule(8L, null, 20, 5)));
        MonthlyShrinkage s = MonthlyShrinkage.of(table, QUEUE, shape(), FIRST, 9, 0.30, 26.1, EASTER_MONDAY);
        for (double month : s.byMonth()) {
            assertThat(month).isEqualTo(0.30);
        }
        assertThat(s.note().english()).isEqualTo("Billing: no row of the shrinkage table applies, so the plan takes 30 %"
                + " every month.");
    }
}
