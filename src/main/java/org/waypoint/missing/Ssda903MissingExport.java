package org.waypoint.missing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.children.ChildAccess;
import org.waypoint.children.RecordAction;
import org.waypoint.common.Csv;
import org.waypoint.common.Dates;
import org.waypoint.common.InvalidInputException;
import org.waypoint.security.Roles;

/**
 * The "Missing" table of the DfE's SSDA903 return (children looked after) for one collection year, with the
 * return interview columns of Ofsted's Annex A list added at the end. See docs/decisions/0040-missing-episodes.md
 * for how the year, the children and the columns are read.
 * <ul>
 *   <li>{@code year} 2026 is the collection year 1 April 2025 to 31 March 2026, as the DfE names the return after
 *   the year in which it ends;</li>
 *   <li>every episode that overlaps the year, of a child now looked after, or a care leaver who went missing before
 *   their 18th birthday (Waypoint keeps no history of category);</li>
 *   <li>CHILD, DOB, MISSING ("M": every episode here is missing, none is "away without authorisation"), MIS_START,
 *   MIS_END (empty while the child had not returned by 31 March), RHI_OFFERED (Y/N) and RHI_ACCEPTED (Y/N, empty
 *   when none was offered); dates as DD/MM/YYYY in UK time.</li>
 * </ul>
 * Each child in the file gets an EXPORT entry in their audit trail.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.MANAGERS)
public class Ssda903MissingExport {

    static final String RECORD_TYPE = "SSDA903_MISSING";
    static final List<String> HEADER = List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END", "RHI_OFFERED",
            "RHI_ACCEPTED");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int FIRST_YEAR = 2000;

    private final MissingQueries queries;
    private final ChildAccess access;
    private final Clock clock;

    Ssda903MissingExport(MissingQueries queries, ChildAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /** The collection year that ends on 31 March of {@code year}. */
    public static LocalDate yearStart(int year) {
        return LocalDate.of(year - 1, 4, 1);
    }

    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 3, 31);
    }

    /** The collection year a day falls in (1 April 2026 starts 2027). */
    public static int collectionYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear();
    }

    /** The file, CRLF line ends as in the DfE's CSV specification. */
    public String csv(int year) {
        int latest = collectionYear(LocalDate.now(clock));
        if (year < FIRST_YEAR || year > latest) {
            throw new InvalidInputException("year", "Choose a collection year from " + FIRST_YEAR + " to " + latest);
        }
        Instant from = yearStart(year).atStartOfDay(Dates.ZONE).toInstant();
        Instant to = yearEnd(year).plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
        List<MissingQueries.ExportRow> rows = queries.exportRows(access.scope(), from, to).stream()
                .filter(r -> r.category().equals("CLA") || r.missingFrom().atZone(Dates.ZONE).toLocalDate()
                        .isBefore(r.dateOfBirth().plusYears(18)))
                .toList();
        List<List<?>> lines = new ArrayList<>();
        Set<UUID> children = new LinkedHashSet<>();
        for (MissingQueries.ExportRow row : rows) {
            boolean returnedInYear = row.returnedAt() != null && row.returnedAt().isBefore(to);
            lines.add(List.of(row.childId(), DATE.format(row.dateOfBirth()), "M", day(row.missingFrom()),
                    returnedInYear ? day(row.returnedAt()) : "", row.offeredAt() != null ? "Y" : "N",
                    row.offeredAt() == null ? "" : "HELD".equals(row.outcome()) ? "Y" : "N"));
            children.add(row.childId());
        }
        children.forEach(child -> access.recorded(child, RECORD_TYPE, year, RecordAction.EXPORT));
        return Csv.of(HEADER, lines);
    }

    private static String day(Instant instant) {
        return DATE.format(instant.atZone(Dates.ZONE).toLocalDate());
    }
}
