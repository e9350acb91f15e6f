package org.waypoint.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waypoint.children.CaseScope;
import org.waypoint.children.ChronologyEntry;
import org.waypoint.children.ChronologySource;
import org.waypoint.common.Dates;

/** Each missing episode (went missing, came back) and what came of the return interview, on the child's chronology. */
@Component
class MissingChronology implements ChronologySource {

    static final String EPISODE = "Missing episode";
    static final String INTERVIEW = "Return interview";

    private final MissingQueries queries;

    MissingChronology(MissingQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<String> kinds() {
        return List.of(EPISODE, INTERVIEW);
    }

    @Override
    public List<ChronologyEntry> entries(UUID childId, CaseScope scope) {
        List<ChronologyEntry> entries = new ArrayList<>();
        for (MissingQueries.ChronologyRow row : queries.chronology(childId, scope)) {
            // The interview screen shows the episode too, so it is the record both entries open.
            String link = "missing/episodes/" + row.episodeId() + "/interview";
            entries.add(entry(row.missingFrom(), EPISODE, "Went missing",
                    row.reportedToPolice() ? "Reported to the police" : "Not reported to the police", link));
            if (row.returnedAt() != null) {
                entries.add(entry(row.returnedAt(), EPISODE, "Came back",
                        row.whereFound() == null ? null : "Found: " + row.whereFound(), link));
            }
            if (row.outcome() != null) {
                entries.add(interview(row, link));
            }
        }
        return entries;
    }

    private static ChronologyEntry interview(MissingQueries.ChronologyRow row, String link) {
        return switch (InterviewOutcome.valueOf(row.outcome())) {
            case HELD -> new ChronologyEntry(day(row.heldAt()), row.heldAt(), INTERVIEW, "Return interview held",
                    Boolean.FALSE.equals(row.withinDeadline()) ? "Later than 72 hours after the return"
                            : "Within 72 hours of the return", row.interviewer(), link);
            case DECLINED -> entry(row.recordedAt(), INTERVIEW, "Return interview offered, declined by the child",
                    null, link);
            case NOT_HELD -> entry(row.recordedAt(), INTERVIEW, "Decided not to hold a return interview", null, link);
        };
    }

    private static ChronologyEntry entry(@Nullable Instant at, String kind, String title, @Nullable String detail,
                                         String link) {
        return new ChronologyEntry(day(at), at, kind, title, detail, null, link);
    }

    private static LocalDate day(@Nullable Instant at) {
        return Objects.requireNonNull(at).atZone(Dates.ZONE).toLocalDate();
    }
}
