package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.Text;
import org.waypoint.plans.ApprovalGate;

/**
 * What must be true before a manager approves a pathway plan (seeds 000, 003, 004: plans that were not the young
 * person's own): every matter has the young person's views in their words, the accommodation says whether it is
 * suitable and why, and every action has an owner and a due date (the plans gate, {@link
 * ApprovalGate#eachActionGaps}). Each gap names its matter as {@code section}.
 */
public final class PathwayGate {

    private PathwayGate() {
    }

    /** Every gap, matter by matter in the Schedule's order; a missing matter counts as empty. */
    public static List<FieldProblem> gaps(Map<Matter, PathwaySection> sections, @Nullable LocalDate nextReview) {
        List<FieldProblem> gaps = new ArrayList<>();
        for (Matter matter : Matter.values()) {
            PathwaySection section = sections.getOrDefault(matter, PathwaySection.EMPTY);
            String name = matter.name();
            if (!present(section.youngPersonViews())) {
                gaps.add(new FieldProblem(name, null, "youngPersonViews",
                        matter.label() + ": write the young person's views, in their words"));
            }
            if (matter == Matter.ACCOMMODATION) {
                if (section.suitable() == null) {
                    gaps.add(new FieldProblem(name, null, "suitable", "Say whether where they live is suitable"));
                }
                if (!present(section.suitableReason())) {
                    gaps.add(new FieldProblem(name, null, "suitableReason",
                            "Say why where they live is, or is not, suitable"));
                }
            }
            ApprovalGate.eachActionGaps(section.actions()).forEach(p -> gaps.add(p.inSection(name)));
        }
        if (nextReview == null) {
            gaps.add(FieldProblem.of("nextReviewDate", "Set the next review date"));
        }
        return List.copyOf(gaps);
    }

    static boolean present(@Nullable String text) {
        return text != null && !Text.isBlank(text);
    }
}
