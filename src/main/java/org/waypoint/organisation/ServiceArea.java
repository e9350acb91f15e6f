package org.waypoint.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "service_area")
class ServiceArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Version
    private long version;

    protected ServiceArea() {
        this.name = "";
    }

    ServiceArea(String name) {
        this.name = name;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }

    String name() {
        return name;
    }

    ServiceAreaSummary summary() {
        return new ServiceAreaSummary(id(), name);
    }
}
