package app.keel.program.plan;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOfDayTest {

    @Test
    void the_day_reads_from_waking_to_bedtime() {
        List<String> anchors = new ArrayList<>(Arrays.asList("Bedtime", "After sitting", "Evening", "Mid-morning",
                "On waking", "After lunch", "Morning"));
        anchors.sort(TimeOfDay.order());
        assertThat(anchors).containsExactly("On waking", "Morning", "Mid-morning", "After lunch", "After sitting",
                "Evening", "Bedtime");
    }

    @Test
    void unknown_anchors_sit_in_the_middle_of_the_day_and_no_anchor_comes_last() {
        List<String> anchors = new ArrayList<>(Arrays.asList(null, "Before the school run", "Bedtime", "On waking"));
        anchors.sort(TimeOfDay.order());
        assertThat(anchors).containsExactly("On waking", "Before the school run", "Bedtime", null);
    }
}
