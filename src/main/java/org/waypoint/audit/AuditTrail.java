package org.waypoint.audit;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.waypoint.children.ChildRecordAccessed;

/**
 * Appends every read and change of a child's record to the audit trail. Entries are queued and written in
 * batches by one background thread, so a page view does not wait for an insert; the queue is drained on shutdown.
 * Entries for changes are taken after the change commits, so the trail never shows a change that did not happen.
 */
@Component
class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private final List<Entry> pending = new ArrayList<>();
    private final Thread writer;
    private volatile boolean running = true;

    record Entry(Instant at, long staffId, String username, UUID childId, String recordType,
                 @Nullable String recordId, String action, Channel channel) {
    }

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::writeLoop);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChildRecordAccessed event) {
        queue.add(new Entry(Instant.now(clock), event.staffId(), event.username(), event.childId(), event.recordType(),
                event.recordId(), event.action().name(), currentChannel()));
    }

    private static Channel currentChannel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String path = attributes.getRequest().getRequestURI();
            if (path.startsWith("/api/v1/sync")) {
                return Channel.SYNC;
            }
            return path.startsWith("/api/") ? Channel.API : Channel.UI;
        }
        return Channel.SYSTEM;
    }

    /** Writes everything queued so far; returns when it is in the database (or throws, keeping it for later). */
    synchronized void flush() {
        queue.drainTo(pending);
        while (!pending.isEmpty()) {
            List<Entry> batch = pending.subList(0, Math.min(BATCH, pending.size()));
            write(batch);
            batch.clear();
        }
    }

    private void writeLoop() {
        while (running) {
            try {
                Entry oldest = queue.poll(200, TimeUnit.MILLISECONDS);
                if (oldest != null) {
                    synchronized (this) {
                        pending.add(oldest);
                    }
                    flush();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Could not write audit entries; keeping them to retry", e);
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
    }

    private void write(List<Entry> batch) {
        jdbc.batchUpdate("""
                        insert into audit_entry (at, staff_id, username, child_id, record_type, record_id, action, channel)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(),
                (ps, e) -> {
                    ps.setTimestamp(1, Timestamp.from(e.at()));
                    ps.setLong(2, e.staffId());
                    ps.setString(3, e.username());
                    ps.setObject(4, e.childId());
                    ps.setString(5, e.recordType());
                    ps.setString(6, e.recordId());
                    ps.setString(7, e.action());
                    ps.setString(8, e.channel().name());
                });
    }

    @PreDestroy
    void drain() {
        running = false;
        writer.interrupt();
        flush();
    }
}
