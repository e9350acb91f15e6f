package org.waypoint.common;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;

/**
 * Paged lists in the API: {@code ?page=} (from 0) and {@code ?size=} (1–500, default 50); the body is the page's
 * items as a JSON array and the {@code X-Total-Count} header holds how many there are in all.
 */
public final class Paging {

    public static final String TOTAL_HEADER = "X-Total-Count";
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static int page(int page) {
        if (page < 0) {
            throw new InvalidInputException("page", "Pages are numbered from 0");
        }
        return page;
    }

    public static int size(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "Page size must be between 1 and " + MAX_SIZE);
        }
        return size;
    }

    public static <T> ResponseEntity<List<T>> response(Page<T> page) {
        return ResponseEntity.ok()
                .header(TOTAL_HEADER, Long.toString(page.getTotalElements()))
                .body(page.getContent());
    }
}
