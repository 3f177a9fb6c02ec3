package app.keel.account;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTokensTest {

    @Test
    void tokens_are_url_safe_long_and_unique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = InvitationTokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void only_a_stable_sha256_of_the_token_is_kept() {
        String token = InvitationTokens.newToken();
        assertThat(InvitationTokens.hash(token)).hasSize(64).isEqualTo(InvitationTokens.hash(token))
                .doesNotContain(token);
        assertThat(InvitationTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
