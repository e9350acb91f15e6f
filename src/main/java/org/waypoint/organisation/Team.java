package org.waypoint.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "team")
class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    private long serviceAreaId;

    private @Nullable Integer safeCaseload;

    @Version
    private long version;

    protected Team() {
        this.name = "";
    }

    Team(String name, long serviceAreaId, @Nullable Integer safeCaseload) {
        this.name = name;
        this.serviceAreaId = serviceAreaId;
        this.safeCaseload = safeCaseload;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    long serviceAreaId() {
        return serviceAreaId;
    }

    void update(String name, long serviceAreaId, @Nullable Integer safeCaseload) {
        this.name = name;
        this.serviceAreaId = serviceAreaId;
        this.safeCaseload = safeCaseload;
    }

    TeamSummary summary(String serviceAreaName) {
        return new TeamSummary(id(), name, serviceAreaId, serviceAreaName, safeCaseload, version);
    }
}
