package org.waypoint.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A team's own supervision settings; a team without one follows {@link SupervisionPolicy#LGA_STANDARD}. */
@Entity
@Table(name = "supervision_policy")
class TeamSupervisionPolicy {

    @Id
    private long teamId;

    private int practitionerIntervalDays;

    @Column(name = "nq_weekly_weeks")
    private int newlyQualifiedWeeklyWeeks;

    @Column(name = "nq_fortnightly_months")
    private int newlyQualifiedFortnightlyMonths;

    private int caseDiscussionIntervalDays;

    private @Nullable Long updatedBy;

    private Instant updatedAt;

    // Wrapper type: null marks a team's first settings, so Spring Data inserts them.
    @Version
    private @Nullable Long version;

    protected TeamSupervisionPolicy() {
        this.updatedAt = Instant.EPOCH;
    }

    TeamSupervisionPolicy(long teamId) {
        this();
        this.teamId = teamId;
    }

    void set(SupervisionPolicy policy, long by, Instant at) {
        this.practitionerIntervalDays = policy.practitionerIntervalDays();
        this.newlyQualifiedWeeklyWeeks = policy.newlyQualifiedWeeklyWeeks();
        this.newlyQualifiedFortnightlyMonths = policy.newlyQualifiedFortnightlyMonths();
        this.caseDiscussionIntervalDays = policy.caseDiscussionIntervalDays();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    long teamId() {
        return teamId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    SupervisionPolicy policy() {
        return new SupervisionPolicy(practitionerIntervalDays, newlyQualifiedWeeklyWeeks,
                newlyQualifiedFortnightlyMonths, caseDiscussionIntervalDays);
    }
}
