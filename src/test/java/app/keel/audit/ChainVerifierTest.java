package app.keel.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash and the walk over a chain, without a database. */
class ChainVerifierTest {

    private static final Instant T = Instant.parse("2025-12-02T00:00:00.123456Z");

    @Test
    void the_hash_matches_an_independent_computation_of_the_canonical_form() {
        // Expected values computed with Python's hashlib over the documented canonical form.
        ChainedEvent read = new ChainedEvent(1, 7, 3, T, null, 42L, 7L, "PROGRAM_READ", "PROGRAM", 99L, 5L,
                "203.0.113.9", null, "SUCCESS", null);
        assertThat(AuditChainHash.of(read, AuditChainHash.GENESIS))
                .isEqualTo("fd7f7c6d90c08e126c5c70fc9fc2990991cb731662887b13c8c72a6b55d41206");
        ChainedEvent failure = new ChainedEvent(2, 0, 1, Instant.parse("2025-12-02T00:00:00Z"), "anonymous", null,
                null, "LOGIN", "ACCOUNT", null, null, "2001:db8::1", null, "FAILURE", null);
        assertThat(AuditChainHash.of(failure, AuditChainHash.GENESIS))
                .isEqualTo("809b012a818af7d8214b519ffd9cbf222eda074b9ef137b04340e665b2f57539");
    }

    @Test
    void length_prefixes_keep_fields_from_running_into_each_other() {
        ChainedEvent a = event(1, 1, "AB", "C");
        ChainedEvent b = event(1, 1, "A", "BC");
        assertThat(AuditChainHash.of(a, AuditChainHash.GENESIS)).isNotEqualTo(AuditChainHash.of(b, AuditChainHash.GENESIS));
    }

    @Test
    void an_intact_chain_verifies_every_event() {
        List<ChainedEvent> chain = chain(5);
        ChainCheck check = verify(chain, 5L, chain.getLast().hash());
        assertThat(check.intact()).isTrue();
        assertThat(check.message()).isEqualTo("All 5 events verified.");
    }

    @Test
    void a_changed_event_is_named() {
        List<ChainedEvent> chain = chain(5);
        ChainedEvent original = chain.get(2);
        chain.set(2, new ChainedEvent(original.id(), 1, 3, T, null, 666L, 1L, "PROGRAM_READ", "PROGRAM", 9L, null,
                null, null, "SUCCESS", original.hash()));
        ChainCheck check = verify(chain, 5L, chain.getLast().hash());
        assertThat(check.brokenEventId()).isEqualTo(original.id());
        assertThat(check.firstBroken()).isEqualTo("Event 103 (number 3 of the chain) does not match its hash: it, "
                + "or the event before it, was changed after it was written.");
    }

    @Test
    void deleted_events_are_found_in_the_middle_at_the_end_and_all_at_once() {
        List<ChainedEvent> chain = chain(5);
        List<ChainedEvent> gap = new ArrayList<>(chain);
        gap.remove(1);
        gap.remove(1);
        assertThat(verify(gap, 5L, chain.getLast().hash()).firstBroken())
                .isEqualTo("Event 104 is number 4 of the chain, but 2 events are missing before it: deleted.");
        assertThat(verify(chain.subList(0, 4), 5L, chain.getLast().hash()).firstBroken())
                .isEqualTo("The last 1 event after event 104 of the chain was deleted.");
        assertThat(verify(List.of(), 5L, chain.getLast().hash()).firstBroken())
                .isEqualTo("All 5 events of the chain were deleted.");
        assertThat(verify(chain, null, null).firstBroken()).isEqualTo("The chain's head record is missing.");
        assertThat(verify(chain, 5L, AuditChainHash.GENESIS).firstBroken())
                .isEqualTo("The newest event (105) or the chain's head was changed after it was written.");
    }

    private static ChainCheck verify(List<ChainedEvent> rows, Long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier(1L);
        for (ChainedEvent row : rows) {
            if (!verifier.accept(row)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash);
    }

    private static List<ChainedEvent> chain(int length) {
        List<ChainedEvent> rows = new ArrayList<>();
        String previous = AuditChainHash.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            ChainedEvent unsigned = new ChainedEvent(100 + seq, 1, seq, T, null, 42L, 1L, "PROGRAM_READ", "PROGRAM",
                    9L, null, null, null, "SUCCESS", null);
            String hash = AuditChainHash.of(unsigned, previous);
            rows.add(new ChainedEvent(100 + seq, 1, seq, T, null, 42L, 1L, "PROGRAM_READ", "PROGRAM", 9L, null,
                    null, null, "SUCCESS", hash));
            previous = hash;
        }
        return rows;
    }

    private static ChainedEvent event(long id, long seq, String action, String subjectType) {
        return new ChainedEvent(id, 1, seq, T, null, null, 1L, action, subjectType, null, null, null, null, "SUCCESS",
                null);
    }
}
