package dev.frontline.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ScenarioReader;
import picocli.CommandLine;

/**
 * Every file of a scenario folder refuses an unknown agent, queue, site, contract or shift type, a day outside the
 * horizon and an impossible date or time with the file, line and column; {@code solve --scenario} says the same.
 */
class ScenarioInputTest {

    private static final String AGENTS_HEADER = "id,name,contract,team,team_lead,skills,locations,shift_types\n";
    private static final String SHIFT_TYPES_HEADER = "id,start,length_minutes,cannot_be_followed_by,breaks,break_minutes,"
            + "lunch_minutes\n";

    @TempDir
    Path temp;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("horizon.csv", "start_date,days\n2024-02-30,7\n",
                        "horizon.csv line 2: column 'start_date': '2024-02-30' is not a date YYYY-MM-DD"),
                Arguments.of("horizon.csv", "start_date,days\n2024-01-02,7\n",
                        "horizon.csv line 2: column 'start_date': '2024-01-02' is a TUESDAY, not a Monday"),
                Arguments.of("horizon.csv", "start_date,days\n2024-01-01,0\n",
                        "horizon.csv line 2: column 'days': '0' must be positive"),
                Arguments.of("queues.csv", "id,name,channel\nvoice,Voice,voice\nvoice,Again,chat\n",
                        "queues.csv line 3: column 'id': 'voice' is defined twice"),
                Arguments.of("queues.csv", "id,name,channel\nvoice,Voice,phone\n",
                        "queues.csv line 2: column 'channel': 'phone' is not one of"),
                Arguments.of("queues.csv", "id,name,channel,priority\nvoice,Voice,voice,11\n",
                        "queues.csv line 2: column 'priority': '11' is not between 1 and 10"),
                Arguments.of("sites.csv", "id,name,seats\nhq,Head office,1\nhq,Again,2\n",
                        "sites.csv line 3: column 'id': 'hq' is defined twice"),
                Arguments.of("shift_types.csv", SHIFT_TYPES_HEADER + "D,09:00,480,X,2,15,30\n",
                        "shift_types.csv line 2: column 'cannot_be_followed_by': unknown shift type 'X'"),
                Arguments.of("shift_types.csv", SHIFT_TYPES_HEADER + "D,9:75,480,,2,15,30\n",
                        "shift_types.csv line 2: column 'start': '9:75' is not a time HH:MM"),
                Arguments.of("shift_types.csv", SHIFT_TYPES_HEADER + "D,09:00,480,,2,15,30\nD,10:00,480,,2,15,30\n",
                        "shift_types.csv line 3: column 'id': 'D' is defined twice"),
                Arguments.of("contracts.csv", "id,min_minutes_per_week,max_minutes_per_week,max_consecutive_days,"
                        + "min_consecutive_days,min_days_off,max_weekends,min_rest_minutes,time_off_credit_minutes,"
                        + "overtime_after_minutes_per_week,min_office_days_per_week\nfull,1440,2400,5,0,1,,660,480,,0\n"
                        + "full,0,2400,5,0,1,,660,480,,0\n",
                        "contracts.csv line 3: column 'id': 'full' is defined twice"),
                Arguments.of("agents.csv", AGENTS_HEADER + "ann,Ann,part,t1,true,voice:1.0,HOME,D\n",
                        "agents.csv line 2: column 'contract': unknown contract 'part'"),
                Arguments.of("agents.csv", AGENTS_HEADER + "ann,Ann,full,t1,true,chat:1.0,HOME,D\n",
                        "agents.csv line 2: column 'skills': unknown queue 'chat'"),
                Arguments.of("agents.csv", AGENTS_HEADER + "ann,Ann,full,t1,true,voice:1.0,OFFICE@izmir,D\n",
                        "agents.csv line 2: column 'locations': 'OFFICE@izmir' is neither HOME nor OFFICE@<known site>"),
                Arguments.of("agents.csv", AGENTS_HEADER + "ann,Ann,full,t1,true,voice:1.0,HOME,D|N\n",
                        "agents.csv line 2: column 'shift_types': unknown shift type 'N'"),
                Arguments.of("agents.csv", AGENTS_HEADER + "ann,Ann,full,t1,si,voice:1.0,HOME,D\n",
                        "agents.csv line 2: column 'team_lead': 'si' is not true or false"),
                Arguments.of("agents.csv", AGENTS_HEADER + "ann,Ann,full,t1,true,voice:1.0,HOME,D\n"
                        + "ann,Ann B,full,t1,false,voice:1.0,HOME,D\n",
                        "agents.csv line 3: column 'id': 'ann' is defined twice"),
                Arguments.of("requirements.csv", "queue,day,time,agents\nchat,0,09:00,1.0\n",
                        "requirements.csv line 2: column 'queue': unknown queue 'chat'"),
                Arguments.of("requirements.csv", "queue,day,time,agents\nvoice,7,09:00,1.0\n",
                        "requirements.csv line 2: column 'day': day 7 is outside the horizon of 7 days (0 to 6)"),
                Arguments.of("requirements.csv", "queue,day,time,agents\nvoice,0,09:10,1.0\n",
                        "requirements.csv line 2: column 'time': '09:10' is not the start of a 15-minute interval"),
                Arguments.of("requirements.csv", "queue,day,time,agents\nvoice,0,24:00,1.0\n",
                        "requirements.csv line 2: column 'time': '24:00' is not a time HH:MM"),
                Arguments.of("requirements.csv", "queue,day,time,agents\nvoice,0,09:00,1.0\nvoice,0,09:00,2.0\n",
                        "requirements.csv line 3: column 'time': queue 'voice' already has a requirement on day 0 at"
                                + " 09:00 (line 2)"),
                Arguments.of("time_off.csv", "agent,day,reason\ncarl,3,dentist\n",
                        "time_off.csv line 2: column 'agent': unknown agent 'carl'"),
                Arguments.of("time_off.csv", "agent,day,reason\nbob,-1,dentist\n",
                        "time_off.csv line 2: column 'day': '-1' is negative"),
                Arguments.of("requests.csv", "agent,day,shift_type,wants_to_work,weight\nann,6,N,true,100\n",
                        "requests.csv line 2: column 'shift_type': unknown shift type 'N'"),
                Arguments.of("requests.csv", "agent,day,shift_type,wants_to_work,weight\nann,30,,true,100\n",
                        "requests.csv line 2: column 'day': day 30 is outside the horizon of 7 days (0 to 6)"),
                Arguments.of("requests.csv", "agent,day,shift_type,wants_to_work,weight\nann,6,,maybe,100\n",
                        "requests.csv line 2: column 'wants_to_work': 'maybe' is not true or false"),
                Arguments.of("location_preferences.csv", "agent,weekday,location,weight\ncarl,MONDAY,HOME,5\n",
                        "location_preferences.csv line 2: column 'agent': unknown agent 'carl'"),
                Arguments.of("location_preferences.csv", "agent,weekday,location,weight\nann,FUNDAY,HOME,5\n",
                        "location_preferences.csv line 2: column 'weekday': 'FUNDAY' is not a weekday name"),
                Arguments.of("location_preferences.csv", "agent,weekday,location,weight\nann,MONDAY,OFFICE@izmir,5\n",
                        "location_preferences.csv line 2: column 'location': 'OFFICE@izmir' is neither HOME nor"),
                Arguments.of("pinned.csv", "agent,day,shift_type,location\nann,0,N,HOME\n",
                        "pinned.csv line 2: column 'shift_type': unknown shift type 'N'"),
                Arguments.of("pinned.csv", "agent,day,shift_type,location\ncarl,0,D,HOME\n",
                        "pinned.csv line 2: column 'agent': unknown agent 'carl'"),
                Arguments.of("pinned.csv", "agent,day,shift_type,location\nann,7,D,HOME\n",
                        "pinned.csv line 2: column 'day': day 7 is outside the horizon of 7 days (0 to 6)"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badFiles")
    void aBadRowIsRefusedNamingTheFileLineAndColumn(String file, String content, String message) throws IOException {
        RosterCommandsTest.writeScenario(temp, "voice,0,09:00,1.0");
        Files.writeString(temp.resolve(file), content);
        assertThatThrownBy(() -> ScenarioReader.read(temp)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void solveRefusesAnUnknownAgentNamingTheFileLineAndColumn() throws IOException {
        RosterCommandsTest.writeScenario(temp, "voice,0,09:00,1.0");
        Files.writeString(temp.resolve("time_off.csv"), "agent,day,reason\nbob,3,dentist\ncarl,4,dentist\n");
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new RosterSolveCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("--scenario", temp.toString(), "--seconds", "1");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("time_off.csv line 3: column 'agent': unknown agent 'carl'");
    }

    @Test
    void aQueuePriorityIsReadAndABlankOneIsTheDefault() throws IOException {
        RosterCommandsTest.writeScenario(temp, "voice,0,09:00,1.0");
        Files.writeString(temp.resolve("queues.csv"), "id,name,channel,priority\nvoice,Voice,voice,2\nchat,Chat,chat,\n");
        Roster roster = ScenarioReader.read(temp);
        assertThat(roster.getQueues()).extracting(Queue::id, Queue::priority)
                .containsExactly(tuple("voice", 2), tuple("chat", Queue.DEFAULT_PRIORITY));
    }
}
