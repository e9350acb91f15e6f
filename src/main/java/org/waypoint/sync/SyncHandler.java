package org.waypoint.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import tools.jackson.databind.JsonNode;

/**
 * One kind of offline change, applied through its feature's public service as the signed-in user. A handler throws
 * what the service throws: {@code StaleVersionException} or {@code ConflictException} (kept as a conflict copy),
 * {@code InvalidInputException}, {@code NotFoundException} (no access any more), a Jackson exception (bad payload).
 */
public interface SyncHandler {

    /** The {@code type} of the mutations this handler applies, e.g. {@code RETURN_INTERVIEW}. */
    String type();

    /** The kind of record in words, for the conflicts screen ("Return interview"). */
    String label();

    /** Applies the change made on {@code baseVersion}; the version it leaves. */
    long apply(UUID entityId, @Nullable Long baseVersion, JsonNode payload);

    /** The child whose record {@code entityId} belongs to, checking the caller may still see it. */
    UUID childOf(UUID entityId);

    /** The record as it now is on the server: its version and the fields the change touches, in words. */
    Current current(UUID entityId, JsonNode payload);

    /** The offline change's fields in words, in the order and with the labels of {@link #current}. */
    List<Field> describe(JsonNode payload);

    record Current(long version, List<Field> fields) {
    }

    record Field(String label, String value) {

        /** A value in words: dates as "3 March 2026", nothing as an empty text. */
        public static Field of(String label, @Nullable Object value) {
            return new Field(label, switch (value) {
                case null -> "";
                case Instant instant -> Dates.dayTime(instant);
                case LocalDate date -> Dates.day(date);
                case Boolean yes -> yes ? "Yes" : "No";
                case List<?> list -> String.join("\n", list.stream().map(String::valueOf).toList());
                default -> value.toString();
            });
        }
    }
}
