package org.waypoint.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.waypoint.security.Role;

@Entity
@Table(name = "staff")
class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private @Nullable Long teamId;

    private BigDecimal fte;

    private @Nullable LocalDate qualifiedOn;

    private boolean active = true;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "staff_service_area", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "service_area_id")
    private Set<Long> serviceAreaIds = new HashSet<>();

    @Version
    private long version;

    protected Staff() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.SOCIAL_WORKER;
        this.fte = BigDecimal.ONE;
    }

    Staff(String username, String displayName, String passwordHash, Role role, @Nullable Long teamId,
          Set<Long> serviceAreaIds, BigDecimal fte, @Nullable LocalDate qualifiedOn) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.teamId = teamId;
        this.serviceAreaIds = new HashSet<>(serviceAreaIds);
        this.fte = fte;
        this.qualifiedOn = qualifiedOn;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long version() {
        return version;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    @Nullable Long teamId() {
        return teamId;
    }

    void update(String displayName, Role role, @Nullable Long teamId, Set<Long> serviceAreaIds, BigDecimal fte,
                @Nullable LocalDate qualifiedOn, boolean active) {
        this.displayName = displayName;
        this.role = role;
        this.teamId = teamId;
        this.serviceAreaIds = new HashSet<>(serviceAreaIds);
        this.fte = fte;
        this.qualifiedOn = qualifiedOn;
        this.active = active;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    StaffSummary summary(@Nullable String teamName) {
        return new StaffSummary(id(), username, displayName, role, teamId, teamName, Set.copyOf(serviceAreaIds), fte,
                qualifiedOn, active, version);
    }
}
