package dev.frontline.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.staffing.ShrinkageRule;
import dev.frontline.staffing.ShrinkageTable;

/**
 * Shrinkage by month worked by hand: a queue busy on Mondays (100 contacts) and Saturdays (50), the centre's default
 * row 20 % planned + 5 % unplanned, the queue's own Saturday row 30 % + 10 %, a plan of nine weeks from Monday
 * 1 March 2027 (to Sunday 2 May).
 */
class MonthlyShrinkageTest {

    static final CapacitySources.Queue QUEUE = new CapacitySources.Queue(7, "BILLING", "Billing", ChannelType.VOICE,
            "BILLING", 80.0, 20, null, "UTC");
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
        MonthlyShrinkage s = MonthlyShrinkage.of(table, QUEUE, shape(), FIRST, 9, 0.30);
        // March 2027 has five Mondays and four Saturdays: (5 × 100 × 25 % + 4 × 50 × 40 %) / (500 + 200)
        assertThat(s.byMonth()[2]).isCloseTo((5 * 100 * 0.25 + 4 * 50 * 0.40) / 700, within(1e-12));   // 29.3 %
        // April four of each: (400 × 25 % + 200 × 40 %) / 600
        assertThat(s.byMonth()[3]).isCloseTo(0.30, within(1e-12));
        // the plan's only May day is Saturday the 1st
        assertThat(s.byMonth()[4]).isCloseTo(0.40, within(1e-12));
        assertThat(s.note().key()).isEqualTo("capacity.shrinkage.table");
        assertThat(s.note().english()).startsWith("Billing: 29.3 to 40 % by month from the shrinkage table")
                .contains("this queue on this day").contains("the default for every day");
    }

    @Test
    void aQueueNoRowAppliesToTakesThePlansConstantAndSaysSo() {
        ShrinkageTable table = new ShrinkageTable(List.of(new ShrinkageRule(8L, null, 20, 5)));
        MonthlyShrinkage s = MonthlyShrinkage.of(table, QUEUE, shape(), FIRST, 9, 0.30);
        for (double month : s.byMonth()) {
            assertThat(month).isEqualTo(0.30);
        }
        assertThat(s.note().english()).isEqualTo("Billing: no row of the shrinkage table applies, so the plan takes 30 %"
                + " every month.");
    }
}
