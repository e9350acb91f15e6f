package org.waypoint.missing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "missing_factor")
class Factor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private FactorKind kind;

    private String code;

    private String label;

    private boolean active = true;

    private int position;

    @Version
    private long version;

    protected Factor() {
        this.kind = FactorKind.PUSH;
        this.code = "";
        this.label = "";
    }

    Factor(FactorKind kind, String code, String label, int position) {
        this.kind = kind;
        this.code = code;
        this.label = label;
        this.position = position;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    FactorKind kind() {
        return kind;
    }

    String code() {
        return code;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }

    void change(String label, boolean active) {
        this.label = label;
        this.active = active;
    }

    MissingFactor toRecord() {
        return new MissingFactor(id(), kind, code, label, active, version);
    }
}
