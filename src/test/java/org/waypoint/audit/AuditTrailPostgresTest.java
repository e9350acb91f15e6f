package org.waypoint.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class AuditTrailPostgresTest extends AuditTrailContract {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEntries() {
        jdbc.update("""
                insert into audit_entry (at, staff_id, username, record_type, action, channel)
                values (current_timestamp, null, 'someone', 'CHILD', 'VIEW', 'API')""");
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_entry set username = 'nobody'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before);
    }
}
