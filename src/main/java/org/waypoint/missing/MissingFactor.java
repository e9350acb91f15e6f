package org.waypoint.missing;

/** A push or pull factor offered in the interview form; {@code code} is what the API exchanges. */
public record MissingFactor(long id, FactorKind kind, String code, String label, boolean active, long version) {
}
