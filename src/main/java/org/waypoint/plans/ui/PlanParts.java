package org.waypoint.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.waypoint.common.Dates;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.FieldProblem;
import org.waypoint.plans.ActionStatus;
import org.waypoint.plans.PlanAction;
import org.waypoint.plans.PlanContent;
import org.waypoint.plans.PlanDecision;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.plans.PlanType;
import org.waypoint.ui.Badges;

/** Pieces the plan screens share: a plan to read, its decisions, its gaps as links, and a plan as lines. */
final class PlanParts {

    private PlanParts() {
    }

    /** The plan version a route names, if it exists and the user may see it. */
    static Optional<PlanDetail> fromRoute(BeforeEnterEvent event, String parameter, PlanService plans) {
        try {
            return event.getRouteParameters().get(parameter).map(UUID::fromString).map(plans::get);
        } catch (NotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Component[] notFound() {
        return new Component[] {new H2("Plan not found"),
                new Span("That record is not there, or you do not have access to it.")};
    }

    static Span status(PlanStatus status) {
        return Badges.of(status.label(), switch (status) {
            case APPROVED -> Badges.Tone.SUCCESS;
            case SUBMITTED -> Badges.Tone.INFO;
            case RETURNED -> Badges.Tone.WARNING;
            case DRAFT, SUPERSEDED -> Badges.Tone.NEUTRAL;
        });
    }

    static String startLabel(PlanType type) {
        return switch (type) {
            case CP -> "Date of the initial child protection conference";
            case CLA -> "Date the child became looked after";
            case CIN -> "Date the plan started";
        };
    }

    /** The element id of the part of a plan a problem is about, for jumping to it. */
    static String anchor(FieldProblem problem) {
        if (problem.actionIndex() != null) {
            return (problem.field().equals("outcome") ? "plan-outcome-" : "plan-action-") + problem.actionIndex();
        }
        return "plan-" + problem.field();
    }

    /** Scrolls to a part of the page and marks it for a moment. */
    static void jumpTo(String elementId) {
        UI.getCurrent().getPage().executeJs("""
                const el = document.getElementById($0);
                if (el) { el.scrollIntoView({block: 'center'}); el.classList.add('jump-target');
                          setTimeout(() => el.classList.remove('jump-target'), 2000);
                          if (el.focus) { el.focus(); } }""", elementId);
    }

    /** Each problem as a button that runs {@code onClick} with it (jump to the field). */
    static UnorderedList problemList(List<FieldProblem> problems, Consumer<FieldProblem> onClick, String className) {
        var list = new UnorderedList();
        list.addClassName(className);
        for (FieldProblem problem : problems) {
            var link = new Button(problem.message(), e -> onClick.accept(problem));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("problem-link");
            list.add(new ListItem(link));
        }
        return list;
    }

    static Component decisions(List<PlanDecision> decisions) {
        var box = new Div();
        box.addClassName("plan-decisions");
        for (PlanDecision d : decisions) {
            var who = new Span((d.decision() == PlanStatus.APPROVED ? "Approved by " : "Returned by ")
                    + d.decidedByName() + ", " + Dates.dayTime(d.decidedAt()));
            who.addClassName("record-part-label");
            var why = new Paragraph(d.rationale());
            why.addClassName("record-text");
            var item = new Div(who, why);
            item.addClassNames("plan-decision", d.decision() == PlanStatus.APPROVED ? "approved" : "returned");
            box.add(item);
        }
        return box;
    }

    /** The plan to read, section by section, each part with an id to jump to. */
    static Component body(PlanDetail plan, LocalDate today) {
        PlanContent c = plan.content();
        var body = new Div();
        body.addClassName("plan-body");
        var outcomes = section(body, "Outcomes: what will be different for the child", "plan-outcomes");
        if (c.outcomes().isEmpty()) {
            outcomes.add(missing("No outcomes yet"));
        }
        for (int i = 0; i < c.outcomes().size(); i++) {
            var outcome = new Paragraph((i + 1) + ". " + (c.outcomes().get(i).isBlank() ? "(empty)" : c.outcomes().get(i)));
            outcome.setId("plan-outcome-" + i);
            outcome.addClassName("plan-outcome");
            outcomes.add(outcome);
        }
        var actions = section(body, "Actions", "plan-actions");
        if (c.actions().isEmpty()) {
            actions.add(missing("No actions yet"));
        }
        for (int i = 0; i < c.actions().size(); i++) {
            actions.add(action(i, c.actions().get(i), c.outcomes(), today));
        }
        text(section(body, "Contingency plan", "plan-contingency"), c.contingency(), "No contingency plan yet");
        var views = section(body, "The child's views and wishes", "plan-childViews");
        if (c.childViews() != null) {
            text(views, c.childViews(), "");
        } else if (c.childViewsReason() != null) {
            text(views, "Not obtained: " + c.childViewsReason(), "");
        } else {
            views.add(missing("The child's views are not recorded"));
        }
        text(section(body, "Parents' and carers' views", "plan-parentViews"), c.parentViews(), "Not recorded");
        var review = section(body, "Next review", "plan-nextReviewDate");
        if (c.nextReviewDate() == null) {
            review.add(missing("No review date"));
        } else {
            review.add(new Paragraph(Dates.day(c.nextReviewDate())));
            if (c.nextReviewDate().isBefore(today) && plan.current()) {
                review.add(Badges.of("Overdue", Badges.Tone.ERROR));
            }
        }
        return body;
    }

    private static Div action(int index, PlanAction a, List<String> outcomes, LocalDate today) {
        var row = new Div();
        row.setId("plan-action-" + index);
        row.addClassName("plan-action");
        var what = new Span((index + 1) + ". " + (a.described() ? a.description() : "(no description)"));
        what.addClassName("plan-action-what");
        row.add(what);
        var facts = new Div();
        facts.addClassName("plan-action-facts");
        facts.add(a.owned() ? new Span("Owner: " + a.ownerName()) : Badges.of("No owner", Badges.Tone.ERROR));
        if (a.dated()) {
            var due = new Span("Due " + Dates.day(a.dueDate()));
            due.setClassName("overdue", a.dueDate().isBefore(today) && a.status() != ActionStatus.DONE
                    && a.status() != ActionStatus.DROPPED);
            facts.add(due);
        } else {
            facts.add(Badges.of("No due date", Badges.Tone.ERROR));
        }
        facts.add(new Span(a.status().label() + (a.droppedReason() == null ? "" : ": " + a.droppedReason())));
        if (a.outcomeIndex() != null && a.outcomeIndex() < outcomes.size()) {
            facts.add(new Span("For outcome " + (a.outcomeIndex() + 1)));
        }
        row.add(facts);
        return row;
    }

    private static Div section(Div body, String title, String id) {
        var section = new Div(new H3(title));
        section.setId(id);
        section.addClassName("plan-section");
        body.add(section);
        return section;
    }

    private static void text(Div section, @Nullable String text, String whenMissing) {
        if (text == null || text.isBlank()) {
            section.add(missing(whenMissing));
        } else {
            var p = new Paragraph(text);
            p.addClassName("record-text");
            section.add(p);
        }
    }

    private static Paragraph missing(String text) {
        var p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }

    /** A plan as labelled lines, to set two versions side by side. */
    static Map<String, String> lines(PlanContent c, LocalDate startedOn) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (int i = 0; i < c.outcomes().size(); i++) {
            lines.put("Outcome " + (i + 1), c.outcomes().get(i));
        }
        for (int i = 0; i < c.actions().size(); i++) {
            PlanAction a = c.actions().get(i);
            lines.put("Action " + (i + 1), (a.description() == null ? "" : a.description())
                    + " · " + (a.owned() ? a.ownerName() : "no owner")
                    + " · " + (a.dated() ? "due " + Dates.day(a.dueDate()) : "no date")
                    + " · " + a.status().label() + (a.droppedReason() == null ? "" : " (" + a.droppedReason() + ")"));
        }
        lines.put("Contingency plan", nullToEmpty(c.contingency()));
        lines.put("The child's views", nullToEmpty(c.childViews()));
        lines.put("Why the child's views were not obtained", nullToEmpty(c.childViewsReason()));
        lines.put("Parents' and carers' views", nullToEmpty(c.parentViews()));
        lines.put("Started", Dates.day(startedOn));
        lines.put("Next review", Dates.day(c.nextReviewDate()));
        return lines;
    }

    /** Both versions' lines under every label either has, in order. */
    static Map<String, String[]> sideBySide(Map<String, String> left, Map<String, String> right) {
        Map<String, String[]> both = new LinkedHashMap<>();
        left.forEach((k, v) -> both.put(k, new String[] {v, ""}));
        right.forEach((k, v) -> both.computeIfAbsent(k, x -> new String[] {"", ""})[1] = v);
        return both;
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
