package org.waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.IntegrationTest;

/** The demo council gives every demo account something real to work with. */
@IntegrationTest
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void mirrorsSeed003sServiceAreasWithABelievableWorkforce() {
        assertThat(jdbc.queryForList("select name from service_area", String.class)).contains(
                "Initial Response Service", "Children's Social Work Service", "Children's Disability Service",
                "Permanence Service", "Care Leavers Service", "Fostering Service");
        assertThat(count("select count(*) from staff where username not like 't%-%' and username <> 'fixture-admin'"))
                .isBetween(40L, 80L);
        assertThat(count("select count(*) from child where closed_on is null")).isBetween(300L, 900L);
    }

    @Test
    void theDemoAccountsHaveWorkToDo() {
        assertThat(count("""
                select count(*) from child c join staff s on s.id = c.allocated_worker_id
                where s.username = 'sw' and c.closed_on is null""")).isGreaterThanOrEqualTo(10);
        assertThat(count("""
                select count(*) from child c join staff s on s.id = c.allocated_worker_id
                where s.username = 'pa' and c.category = 'CARE_LEAVER' and c.closed_on is null""")).isGreaterThanOrEqualTo(5);
        assertThat(count("""
                select count(*) from staff a join staff b on a.team_id = b.team_id
                where a.username = 'tm' and b.username = 'sw' and a.role = 'TEAM_MANAGER'""")).isEqualTo(1);
        assertThat(count("""
                select count(*) from staff a join staff b on a.team_id = b.team_id
                where a.username = 'tm2' and b.username = 'pa' and b.role = 'PERSONAL_ADVISER'""")).isEqualTo(1);
        assertThat(count("select count(*) from staff_service_area sa join staff s on s.id = sa.staff_id where s.username = 'hos'"))
                .isEqualTo(6);
    }

    @Test
    void eachChildsLegalStatusFitsTheirCategory() {
        // Demo children are the ones not made by test fixtures ("Test Child n").
        String demo = " and given_name <> 'Test'";
        assertThat(count("select count(*) from child where category = 'CLA' and legal_status in ('SECTION_20', "
                + "'INTERIM_CARE_ORDER', 'FULL_CARE_ORDER', 'PLACEMENT_ORDER', 'REMAND', 'POLICE_PROTECTION', "
                + "'EMERGENCY_PROTECTION_ORDER')" + demo))
                .isEqualTo(count("select count(*) from child where category = 'CLA'" + demo)).isPositive();
        assertThat(count("select count(*) from child where category = 'CP' and legal_status not in "
                + "('CHILD_PROTECTION_PLAN', 'INTERIM_CARE_ORDER')" + demo)).isZero();
        assertThat(count("select count(*) from child where category = 'CIN' and legal_status <> 'CHILD_IN_NEED'" + demo))
                .isZero();
        assertThat(count("select count(*) from child where category = 'CIN' and legal_status is null" + demo))
                .as("a few show what \"Not recorded\" looks like").isPositive();
        assertThat(count("select count(distinct legal_status) from child where category = 'CLA'" + demo))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void someChildrenAreUnallocatedAndSomeHeldByManagers() {
        assertThat(count("select count(*) from child where closed_on is null and allocated_worker_id is null"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("""
                select count(*) from child c join staff s on s.id = c.allocated_worker_id
                where s.role = 'TEAM_MANAGER' and c.closed_on is null""")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void allocationHistoryAgreesWithTheCurrentAllocation() {
        assertThat(count("""
                select count(*) from child c join child_allocation a on a.child_id = c.id and a.valid_to is null
                where c.closed_on is null
                  and (a.team_id <> c.team_id or coalesce(a.worker_id, -1) <> coalesce(c.allocated_worker_id, -1))"""))
                .isZero();
        assertThat(count("select count(*) from child c where c.closed_on is null and not exists "
                + "(select 1 from child_allocation a where a.child_id = c.id and a.valid_to is null)")).isZero();
    }
}
