package app.keel.logbook.ui;

import app.keel.program.plan.MyProgram;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DailyRhythmOrderTest {

    private static MyProgram.Item item(long id, String anchor) {
        return new MyProgram.Item(id, "Item " + id, "1 set", null, 1, anchor, List.of(), null, null, null, null,
                null, null, null);
    }

    @Test
    void todays_items_are_grouped_in_the_order_of_the_day_whatever_the_program_order() {
        var groups = TodayView.groupByTimeOfDay(List.of(item(1, null), item(2, "bedtime"), item(3, "after sitting"),
                item(4, "on waking, after lunch"), item(5, "bedtime")));
        assertThat(groups.keySet()).containsExactly("On waking", "After sitting", "Bedtime", TodayView.ANY_TIME);
        assertThat(groups.get("Bedtime")).extracting(MyProgram.Item::prescriptionId).containsExactly(2L, 5L);
    }
}
