package org.waypoint.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.pathway.Matter;
import org.waypoint.pathway.PathwayInput;
import org.waypoint.plans.PlanInput;

/**
 * What a device keeps to work on children with no signal: for each child the summary, the current plans, the
 * pathway plan and the missing episodes still open, each with the version an offline edit is based on. Labels come
 * from the server so the offline screens say what the desk screens say.
 *
 * @param username      who the data is for: a device signed in as someone else clears it
 * @param keepForHours  how long the device keeps the data after its sign-in was last confirmed
 * @param children      the children asked for that the caller may still see; the device drops the others
 * @param staff         the names of the staff who own actions ({@code ownerStaffId})
 */
public record OfflinePack(String username, long staffId, String staffName, int keepForHours, Instant takenAt,
                          List<Child> children, Map<Matter, String> matters, Map<Long, String> staff) {

    public record Child(UUID id, String name, String age, LocalDate dateOfBirth, String category, String legalStatus, String team,
                        @Nullable String worker, @Nullable String careLeaverStatus, List<Plan> plans,
                        @Nullable Pathway pathway, List<Episode> episodes) {
    }

    /** The current version of one plan; {@code editable} when it is a draft or was returned for changes. */
    public record Plan(UUID id, String type, String status, boolean editable, long version, PlanInput content) {
    }

    public record Pathway(UUID id, String status, boolean editable, long version,
                          Map<Matter, PathwayInput.Section> sections, @Nullable LocalDate nextReviewDate) {
    }

    /** A missing episode with no return interview recorded yet (or the child still missing). */
    public record Episode(UUID id, Instant missingFrom, @Nullable Instant returnedAt, @Nullable Instant interviewDueBy) {
    }

    /** A child the caller may keep offline, for choosing. */
    public record Choice(UUID id, String name, String category, boolean ownCase) {
    }
}
