package org.waypoint.missing.web;

import org.jspecify.annotations.Nullable;
import org.waypoint.common.InvalidInputException;

/** Entity versions as HTTP entity tags: {@code ETag: "3"} out, {@code If-Match: "3"} in. */
final class Versions {

    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static @Nullable Long ifMatch(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "Send the ETag this API gave out, such as \"3\"");
        }
    }
}
