package app.keel.support;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The harness must catch a false property and replay it: a property runner that cannot fail proves nothing. */
class PropertyCheckTest {

    @Test
    void a_false_property_fails_and_names_a_seed_that_replays_the_same_input() {
        Gen<Integer> numbers = Gen.ints(0, 1000);
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> PropertyCheck.forAll(numbers, n -> assertThat(n).isLessThan(900)));

        Matcher seed = Pattern.compile("-Dkeel\\.property\\.seed=(-?\\d+)\\s+input: (\\d+)").matcher(failure.getMessage());
        assertThat(seed.find()).as(failure.getMessage()).isTrue();
        List<Integer> replayed = new ArrayList<>();
        assertThatThrownBy(() -> PropertyCheck.forAll(Long.parseLong(seed.group(1)), PropertyCheck.DEFAULT_TRIES, numbers,
                n -> {
                    replayed.add(n);
                    assertThat(n).isLessThan(900);
                })).isInstanceOf(AssertionError.class);
        assertThat(replayed.getLast()).isEqualTo(Integer.parseInt(seed.group(2)));
    }

    @Test
    void a_true_property_runs_every_try() {
        List<Integer> seen = new ArrayList<>();
        PropertyCheck.forAll(42L, 250, Gen.ints(1, 6), seen::add);
        assertThat(seen).hasSize(250).containsOnly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void a_failing_generator_is_reported_with_its_seed() {
        Gen<Integer> broken = random -> {
            throw new IllegalArgumentException("bad input");
        };
        assertThatThrownBy(() -> PropertyCheck.forAll(7L, 10, broken, n -> { }))
                .hasMessageContaining("-Dkeel.property.seed=7").hasMessageContaining("bad input");
    }
}
