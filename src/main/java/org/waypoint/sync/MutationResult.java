package org.waypoint.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.FieldProblem;

/**
 * @param original   for a duplicate: what came of the first time
 * @param version    the record's version after the change (applied) or the newer one kept (conflict)
 * @param conflictId the conflict copy to choose or merge on the conflicts screen
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MutationResult(@Nullable UUID mutationId, MutationOutcome status, @Nullable MutationOutcome original,
                             @Nullable String reason, List<FieldProblem> errors, @Nullable Long version,
                             @Nullable UUID conflictId) {

    static MutationResult rejected(@Nullable UUID mutationId, String reason, List<FieldProblem> errors) {
        return new MutationResult(mutationId, MutationOutcome.REJECTED, null, reason, errors, null, null);
    }
}
