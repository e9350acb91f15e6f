package org.waypoint.common;

import org.jspecify.annotations.Nullable;

/** Entity versions as HTTP entity tags: {@code ETag: "3"} out, {@code If-Match: "3"} in. */
public final class EntityTags {

    private EntityTags() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static @Nullable Long ifMatch(@Nullable String header) {
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
