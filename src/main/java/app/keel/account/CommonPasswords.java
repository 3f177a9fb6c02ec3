package app.keel.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first (zxcvbn's list of 30,000; source and licence beside the file). Loaded once, on
 * first use, and kept in memory: a set of this size costs about 2 MB and answers in constant time.
 */
final class CommonPasswords {

    private static final String FILE = "/account/common-passwords/passwords.txt";

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.PASSWORDS.size();
    }

    private static final class Holder {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + FILE);
                }
                Set<String> all = new HashSet<>(40_000);
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(line -> !line.isEmpty())
                        .forEach(line -> all.add(line.toLowerCase(Locale.ROOT)));
                return Set.copyOf(all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
