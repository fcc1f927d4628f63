package dev.frontline.roster.curtois;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurtoisParserTest {

    static final String TINY = """
            # a tiny instance
            SECTION_HORIZON
            7

            SECTION_SHIFTS
            D,480,
            L,480,D

            SECTION_STAFF
            A,D=7|L=1,2400,960,3,2,2,1
            B,D=7|L=0,2400,0,7,1,1,1

            SECTION_DAYS_OFF
            A,6

            SECTION_SHIFT_ON_REQUESTS
            A,0,D,2

            SECTION_SHIFT_OFF_REQUESTS
            B,1,D,3

            SECTION_COVER
            0,D,2,100,1
            1,D,1,100,1
            """;

    @Test
    void readsEverySection() {
        CurtoisInstance instance = CurtoisParser.parse("tiny", TINY.replace("\n", "\r\n"));
        assertThat(instance.days()).isEqualTo(7);
        assertThat(instance.shifts()).extracting(CurtoisInstance.ShiftDef::id).containsExactly("D", "L");
        assertThat(instance.shift("L").cannotBeFollowedBy()).containsExactly("D");
        assertThat(instance.staff()).hasSize(2);
        assertThat(instance.staff().get(0).maxShifts()).containsEntry("L", 1).containsEntry("D", 7);
        assertThat(instance.staff().get(0).minTotalMinutes()).isEqualTo(960);
        assertThat(instance.daysOff().get("A")).containsExactly(6);
        assertThat(instance.onRequests()).containsExactly(new CurtoisInstance.Request("A", 0, "D", 2));
        assertThat(instance.offRequests()).containsExactly(new CurtoisInstance.Request("B", 1, "D", 3));
        assertThat(instance.cover()).hasSize(2);
    }

    @Test
    void missingSectionIsNamed() {
        String text = TINY.substring(0, TINY.indexOf("SECTION_COVER"));
        assertThatThrownBy(() -> CurtoisParser.parse("tiny", text))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tiny: missing section SECTION_COVER");
    }

    @Test
    void unknownShiftIdNamesTheLine() {
        String text = TINY.replace("1,D,1,100,1", "1,X,1,100,1");
        assertThatThrownBy(() -> CurtoisParser.parse("tiny", text))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tiny line 24: unknown shift id 'X'");
    }

    @Test
    void unknownSuccessorIsNamed() {
        String text = TINY.replace("L,480,D", "L,480,D|Q");
        assertThatThrownBy(() -> CurtoisParser.parse("tiny", text))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tiny line 7: unknown shift id 'Q'");
    }

    @Test
    void badNumberNamesLineAndField() {
        String text = TINY.replace("A,D=7|L=1,2400,960", "A,D=7|L=1,24x0,960");
        assertThatThrownBy(() -> CurtoisParser.parse("tiny", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tiny line 10: MaxTotalMinutes '24x0' is not a whole number");
    }

    @Test
    void dayOutsideHorizonAndWrongFieldCountAreRejected() {
        assertThatThrownBy(() -> CurtoisParser.parse("tiny", TINY.replace("A,0,D,2", "A,9,D,2")))
                .hasMessage("tiny line 17: day 9 is outside the horizon 0..6");
        assertThatThrownBy(() -> CurtoisParser.parse("tiny", TINY.replace("A,0,D,2", "A,0,D")))
                .hasMessage("tiny line 17: expected 4 comma-separated fields, found 3: 'A,0,D'");
        assertThatThrownBy(() -> CurtoisParser.parse("tiny", TINY.replace("0,D,2,100,1", "0,D,-2,100,1")))
                .hasMessage("tiny line 23: Requirement '-2' is negative");
    }
}
