package app.keel.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of random test inputs for {@link PropertyCheck}. Number generators pick their bounds more often than
 * chance would (about one draw in ten), because bounds are where rules break.
 */
@FunctionalInterface
public interface Gen<T> {

    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> mapper) {
        return random -> mapper.apply(next(random)).next(random);
    }

    /** Null in about {@code percent} % of the draws: for the optional parts of a record. */
    default Gen<T> orNull(int percent) {
        return random -> random.nextInt(100) < percent ? null : next(random);
    }

    static Gen<Integer> ints(int min, int max) {
        return random -> switch (random.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> random.nextInt(min, max + 1);
        };
    }

    static Gen<Boolean> booleans() {
        return SplittableRandom::nextBoolean;
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> pick(T... values) {
        return random -> values[random.nextInt(values.length)];
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return random -> gens[random.nextInt(gens.length)].next(random);
    }

    static <T> Gen<List<T>> listOf(Gen<T> element, int minSize, int maxSize) {
        return random -> {
            int size = ints(minSize, maxSize).next(random);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.next(random));
            }
            return list;
        };
    }
}
