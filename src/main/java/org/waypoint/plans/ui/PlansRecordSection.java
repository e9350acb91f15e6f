package org.waypoint.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.waypoint.children.Category;
import org.waypoint.children.ChildRecordSection;
import org.waypoint.children.ChildSummary;
import org.waypoint.common.Dates;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.plans.PlanSummary;
import org.waypoint.ui.Badges;

/** The child's plans on their record page: each plan's newest version, review date and the managers' decisions. */
@SpringComponent
class PlansRecordSection implements ChildRecordSection {

    private final PlanService plans;
    private final Clock clock;

    PlansRecordSection(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean appliesTo(ChildSummary child) {
        return child.category() != Category.CARE_LEAVER;
    }

    /** The section's own element, so the feature's style sheet loads on the child's page too. */
    @StyleSheet("styles/plans.css")
    static final class Section extends Div {
    }

    @Override
    public Component create(ChildSummary child) {
        var section = new Section();
        section.addClassNames("record-section", "plans-section");
        var start = new Button("Start a plan", VaadinIcon.PLUS.create(), e -> PlansNavigation.toNewPlan(child.id()));
        var header = new HorizontalLayout(new H3("Plans"), start);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        section.add(header);
        List<PlanSummary> versions = plans.versionsOf(child.id());
        if (versions.isEmpty()) {
            var none = new Paragraph("No plan yet.");
            none.addClassName("muted");
            section.add(none);
            return section;
        }
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        Map<UUID, List<PlanSummary>> byPlan = new LinkedHashMap<>();
        versions.forEach(v -> byPlan.computeIfAbsent(v.planId(), k -> new java.util.ArrayList<>()).add(v));
        for (List<PlanSummary> plan : byPlan.values()) {
            PlanSummary current = plan.stream().filter(PlanSummary::current).findFirst().orElse(plan.getFirst());
            section.add(card(current, plan, today));
        }
        return section;
    }

    private Div card(PlanSummary current, List<PlanSummary> versions, LocalDate today) {
        var card = new Div();
        card.addClassName("plan-card");
        var title = new HorizontalLayout(PlansNavigation.linkToPlan(current.type().label() + ", version "
                + current.number(), current.id()), PlanParts.status(current.status()));
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        title.setWrap(true);
        card.add(title);
        if (current.nextReviewDate() != null) {
            var review = new Span("Next review " + Dates.day(current.nextReviewDate()));
            card.add(new Div(review));
            if (current.nextReviewDate().isBefore(today)) {
                card.add(Badges.of("Review overdue", Badges.Tone.ERROR));
            }
        }
        var inForce = versions.stream().filter(v -> v.status() == PlanStatus.APPROVED && !v.current()).findFirst();
        inForce.ifPresent(approved -> card.add(new Div(new Span("In force until the new version is approved: "),
                PlansNavigation.linkToPlan("version " + approved.number(), approved.id()))));
        // The managers' decisions with their rationale belong on the child's record (seeds 000, 004): the newest
        // version's, or else the approval of the version in force.
        PlanDetail detail = plans.get(current.id());
        if (detail.decisions().isEmpty() && inForce.isPresent()) {
            detail = plans.get(inForce.get().id());
        }
        if (!detail.decisions().isEmpty()) {
            card.add(PlanParts.decisions(detail.decisions().subList(0, 1)));
        }
        return card;
    }
}
