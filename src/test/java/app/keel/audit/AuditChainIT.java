package app.keel.audit;

import app.keel.client.ClientDetails;
import app.keel.client.ClientService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The hash chain: it verifies, it survives concurrent writers, and it names a row changed or deleted behind the app. */
@KeelIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainIT {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ClientService clients;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditVerifyCommand command;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @Order(1)
    void the_command_verifies_every_chain_of_an_untouched_database() {
        StudioSetup studio = fixtures.newStudio();
        fixtures.client(studio.practitioner(), "Chained Client");
        assertThat(command.verifyAndReport()).isZero();
        assertThat(chain.verifyAll()).allMatch(ChainCheck::intact)
                .anyMatch(check -> Long.valueOf(studio.studioId()).equals(check.studioId()));
    }

    @Test
    void a_studios_chain_verifies_and_its_head_moves_with_each_event() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Chained Client");
        String head = chain.head(studio.studioId());
        as(studio.practitioner(), () -> clients.get(client.id()));

        assertThat(chain.head(studio.studioId())).isNotEqualTo(head);
        long events = jdbc.queryForObject("select count(*) from audit_event where studio_id = ?", Long.class,
                studio.studioId());
        assertThat(chain.head(studio.studioId())).startsWith(events + ":");
        ChainCheck check = chain.verify(studio.studioId());
        assertThat(check.intact()).isTrue();
        assertThat(check.verified()).isEqualTo(events);
        assertThat(check.message()).isEqualTo("All " + events + " events verified.");
        assertThat(jdbc.queryForList("select chain_seq from audit_event where studio_id = ? order by id", Long.class,
                studio.studioId())).isEqualTo(java.util.stream.LongStream.rangeClosed(1, events).boxed().toList());
    }

    @Test
    void concurrent_writers_to_one_studio_never_fork_its_chain() throws Exception {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Busy Client");
        long before = chain.verify(studio.studioId()).verified();
        int writers = 8;
        int each = 15;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        as(studio.practitioner(), () -> clients.get(client.id()));
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            System.out.printf("[audit-chain] %d audited reads by %d concurrent writers on one chain: %d ms%n",
                    writers * each, writers, (System.nanoTime() - began) / 1_000_000);
        }
        ChainCheck check = chain.verify(studio.studioId());
        assertThat(check.message()).isEqualTo("All " + (before + writers * each) + " events verified.");
    }

    @Test
    void a_row_changed_behind_the_apps_back_is_named() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Tampered Client");
        as(studio.practitioner(), () -> clients.get(client.id()));
        as(studio.practitioner(), () -> clients.get(client.id()));
        long forged = jdbc.queryForObject("select min(id) from audit_event where studio_id = ? "
                + "and action = 'CLIENT_READ'", Long.class, studio.studioId());

        behindTheAppsBack("update audit_event set actor_account_id = ? where id = ?", studio.admin().accountId(),
                forged);

        ChainCheck check = chain.verify(studio.studioId());
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenEventId()).isEqualTo(forged);
        assertThat(check.message()).startsWith("The audit trail is broken. Event " + forged + " (number ")
                .contains("was changed");
        assertThat(command.verifyAndReport()).isEqualTo(1);
    }

    @Test
    void a_row_changed_with_its_hash_recomputed_breaks_the_next_link() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Tampered Client");
        as(studio.practitioner(), () -> clients.get(client.id()));
        as(studio.practitioner(), () -> clients.get(client.id()));
        List<Long> reads = jdbc.queryForList("select id from audit_event where studio_id = ? "
                + "and action = 'CLIENT_READ' order by id", Long.class, studio.studioId());

        behindTheAppsBack("update audit_event set hash = encode(sha256('forged'), 'hex') where id = ?", reads.get(0));

        ChainCheck check = chain.verify(studio.studioId());
        assertThat(check.brokenEventId()).isEqualTo(reads.get(0));
        behindTheAppsBack("update audit_event set hash = (select encode(sha256('x'), 'hex')) where id = ?",
                reads.get(0));
        assertThat(chain.verify(studio.studioId()).intact()).isFalse();
    }

    @Test
    void a_deleted_row_is_detected_in_the_middle_and_at_the_end() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Erased Trace");
        for (int i = 0; i < 3; i++) {
            as(studio.practitioner(), () -> clients.get(client.id()));
        }
        List<Long> reads = jdbc.queryForList("select id from audit_event where studio_id = ? "
                + "and action = 'CLIENT_READ' order by id", Long.class, studio.studioId());

        behindTheAppsBack("delete from audit_event where id = ?", reads.getLast());
        ChainCheck atTheEnd = chain.verify(studio.studioId());
        assertThat(atTheEnd.intact()).isFalse();
        assertThat(atTheEnd.firstBroken()).isEqualTo("The last 1 event after event " + reads.get(1)
                + " of the chain was deleted.");

        behindTheAppsBack("delete from audit_event where id = ?", reads.get(0));
        ChainCheck inTheMiddle = chain.verify(studio.studioId());
        assertThat(inTheMiddle.brokenEventId()).isEqualTo(reads.get(1));
        assertThat(inTheMiddle.firstBroken()).startsWith("Event " + reads.get(1) + " is number ")
                .endsWith("but 1 event is missing before it: deleted.");
    }

    /** What someone with the database password could do: switch off the append-only guard and edit. */
    private void behindTheAppsBack(String sql, Object... args) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("alter table audit_event disable trigger audit_event_no_update_delete");
            jdbc.update(sql, args);
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update_delete");
        });
    }
}
