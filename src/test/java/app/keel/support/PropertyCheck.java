package app.keel.support;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property against many generated inputs inside an ordinary JUnit test. Every run draws a fresh seed, so the
 * inputs differ from run to run; a failure names its seed and try, and {@code -Dkeel.property.seed=SEED} replays the
 * same inputs. {@code -Dkeel.property.tries=N} changes the number of tries (default 1000).
 * <p>
 * There is no shrinking: counterexamples are records that print readably, and generators favour small values and
 * bounds, which keeps failing inputs short enough to read.
 */
public final class PropertyCheck {

    public static final String SEED_PROPERTY = "keel.property.seed";
    public static final String TRIES_PROPERTY = "keel.property.tries";
    public static final int DEFAULT_TRIES = 1000;

    private PropertyCheck() {
    }

    public static <T> void forAll(Gen<T> gen, Consumer<? super T> property) {
        long seed = Long.getLong(SEED_PROPERTY, new SplittableRandom().nextLong());
        forAll(seed, Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES), gen, property);
    }

    public static <T> void forAll(long seed, int tries, Gen<T> gen, Consumer<? super T> property) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T input = null;
            try {
                input = gen.next(random);
                property.accept(input);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("""
                        Property failed on try %d of %d; replay with -D%s=%d
                        input: %s
                        %s""".formatted(attempt, tries, SEED_PROPERTY, seed,
                        input == null ? "(generator failed)" : input, failure.getMessage()), failure);
            }
        }
    }
}
