package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.plans.PlanInput;

/**
 * A pathway plan as written, from any entry point. In a draft anything may be missing; {@link PathwayGate} decides
 * what must be there before approval.
 *
 * @param nextReviewDate when not given, the latest date the review rule allows
 * @param reviewAskedFor the day by which the young person or their adviser asked for a review
 */
public record PathwayInput(@Nullable Map<Matter, Section> sections, @Nullable LocalDate nextReviewDate,
                           @Nullable LocalDate reviewAskedFor) {

    /** One matter; {@code suitable} and {@code suitableReason} only for ACCOMMODATION. Actions as in plans. */
    public record Section(@Nullable String needs, @Nullable String youngPersonViews,
                          @Nullable List<PlanInput.Action> actions, @Nullable Boolean suitable,
                          @Nullable String suitableReason) {
    }

    /** The input that writes this content again (a screen's starting point). */
    public static PathwayInput of(PathwayContent content) {
        Map<Matter, Section> sections = new EnumMap<>(Matter.class);
        content.sections().forEach((matter, s) -> sections.put(matter, new Section(s.needs(), s.youngPersonViews(),
                s.actions().stream().map(a -> new PlanInput.Action(a.description(), a.ownerName(), a.ownerStaffId(),
                        a.dueDate(), a.status(), a.droppedReason(), null)).toList(), s.suitable(), s.suitableReason())));
        return new PathwayInput(sections, content.nextReviewDate(), content.reviewAskedFor());
    }

    /** The same plan with one section replaced (or added). */
    public PathwayInput with(Matter matter, Section section) {
        Map<Matter, Section> changed = new EnumMap<>(Matter.class);
        if (sections != null) {
            changed.putAll(sections);
        }
        changed.put(matter, section);
        return new PathwayInput(changed, nextReviewDate, reviewAskedFor);
    }
}
