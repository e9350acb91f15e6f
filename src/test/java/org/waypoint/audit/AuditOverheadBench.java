package org.waypoint.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.waypoint.IntegrationTest;
import org.waypoint.TestUsers;
import org.waypoint.children.ChildRecordAccessed;
import org.waypoint.children.RecordAction;

/**
 * What the audit trail costs a page view: the time an audited read of a child's record takes end to end, the time
 * the request thread spends handing its entry to the trail, and what writing the same entry in the request would
 * have cost instead. Run with {@code ./mvnw -Pbench test}; it prints figures and asserts nothing about time.
 */
@IntegrationTest
class AuditOverheadBench {

    private static final int READS = 3_000;
    private static final int EVENTS = 200_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditTrail trail;

    @Test
    void printsWhatAuditingCostsARead() throws Exception {
        UUID child = jdbc.queryForObject("""
                select c.id from child c join staff s on s.id = c.allocated_worker_id
                where s.username = 'sw' fetch first 1 rows only""", UUID.class);
        long staffId = jdbc.queryForObject("select id from staff where username = 'sw'", Long.class);
        var sw = TestUsers.as(accounts, "sw");

        for (int i = 0; i < 500; i++) {
            mvc.perform(get("/api/v1/children/" + child).with(sw)).andExpect(status().isOk());
        }
        long[] reads = new long[READS];
        for (int i = 0; i < READS; i++) {
            long started = System.nanoTime();
            mvc.perform(get("/api/v1/children/" + child).with(sw)).andExpect(status().isOk());
            reads[i] = System.nanoTime() - started;
        }
        trail.flush();

        // The request thread's share: publishing the event, which the trail queues for its writer thread.
        long started = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            events.publishEvent(new ChildRecordAccessed(child, "CHILD", null, RecordAction.VIEW, staffId, "sw"));
        }
        double handOffMicros = (System.nanoTime() - started) / 1_000.0 / EVENTS;
        started = System.nanoTime();
        trail.flush();
        double writtenPerSecond = EVENTS / ((System.nanoTime() - started) / 1e9);

        // The alternative design: one insert in the request.
        long[] inserts = new long[READS];
        for (int i = 0; i < READS; i++) {
            long t = System.nanoTime();
            jdbc.update("""
                    insert into audit_entry (at, staff_id, username, child_id, record_type, record_id, action, channel)
                    values (?, ?, 'sw', ?, 'CHILD', null, 'VIEW', 'SYSTEM')""", Timestamp.from(Instant.now()),
                    staffId, child);
            inserts[i] = System.nanoTime() - t;
        }

        double readMedian = millis(percentile(reads, 50));
        System.out.printf("""
                        AUDIT OVERHEAD (H2 in memory, %d audited reads of one child's record through the REST API)
                          audited read, median / p95:          %.3f ms / %.3f ms
                          request thread's hand-off per entry: %.2f µs (%.3f%% of the median read)
                          background writer throughput:        %,.0f entries/s (batches of 500)
                          a synchronous insert instead, median: %.3f ms (%.1f%% of the median read)
                        %n""", READS, readMedian, millis(percentile(reads, 95)), handOffMicros,
                100 * handOffMicros / 1000 / readMedian, writtenPerSecond, millis(percentile(inserts, 50)),
                100 * millis(percentile(inserts, 50)) / readMedian);
    }

    private static long percentile(long[] samples, int p) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
