package org.waypoint.missing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.missing.Interview;
import org.waypoint.missing.InterviewAction;
import org.waypoint.missing.InterviewOutcome;
import org.waypoint.missing.MissingFactor;
import org.waypoint.ui.Badges;

/** A recorded return interview, read-only: what the panel and the next worker need to see. */
final class InterviewSummary {

    private InterviewSummary() {
    }

    static Component of(Interview i) {
        var summary = new Div();
        summary.addClassName("interview-summary");
        List<Component> facts = new ArrayList<>();
        facts.add(fact("Offered", i.offeredAt() == null ? "Not offered" : Dates.dayTime(i.offeredAt())));
        switch (i.outcome()) {
            case HELD -> {
                facts.add(fact("Held", Dates.dayTime(i.heldAt())));
                facts.add(fact("By", (i.interviewerName() == null ? "" : i.interviewerName())
                        + (i.byAllocatedWorker() ? " (the child's allocated worker)" : "")));
            }
            case DECLINED -> facts.add(fact("Declined", "by the child"));
            case NOT_HELD -> facts.add(fact("Decided not to hold", i.decidedByName() == null ? "" : "by " + i.decidedByName()));
        }
        facts.add(fact("Strategy discussion", i.strategyDiscussionNeeded() ? "Needed" : "Not needed"));
        var factRow = new FlexLayout(facts.toArray(Component[]::new));
        factRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        factRow.addClassName("facts");
        summary.add(factRow);

        if (i.byAllocatedWorker() && i.interviewerReason() != null) {
            summary.add(labelled("Why the allocated worker held it", i.interviewerReason()));
        }
        if (i.outcome() == InterviewOutcome.DECLINED) {
            summary.add(labelled("The child's reason for declining", i.declinedReason()));
        }
        if (i.outcome() == InterviewOutcome.NOT_HELD) {
            summary.add(labelled("Why it was not held", i.notHeldReason()));
        }
        if (i.childsWords() != null) {
            var words = new Paragraph(i.childsWords());
            words.addClassName("childs-words");
            summary.add(label("In the child's own words"), words);
        }
        summary.add(labelled("Where they were", i.whereabouts()), labelled("Who with", i.withWhom()),
                labelled("How they got there and back", i.howTravelled()));
        if (!i.places().isEmpty() || !i.associates().isEmpty()) {
            summary.add(labelled("Places named", String.join("; ", i.places())),
                    labelled("People named", String.join("; ", i.associates())));
        }
        summary.add(factors("Push factors", i.pushFactors(), i.pushFactorsOther()),
                factors("Pull factors", i.pullFactors(), i.pullFactorsOther()));
        if (!i.exploitationIndicators().isEmpty()) {
            var badges = new FlexLayout();
            badges.addClassName("badges");
            i.exploitationIndicators().stream().sorted()
                    .forEach(x -> badges.add(Badges.of(x.label(), Badges.Tone.ERROR)));
            summary.add(label("Signs of harm or exploitation"), badges, labelled("Follow-up", i.indicatorFollowUp()));
        }
        if (!i.actions().isEmpty()) {
            var list = new UnorderedList();
            for (InterviewAction a : i.actions()) {
                list.add(new ListItem(a.description() + " · " + a.owner() + " · by " + Dates.day(a.dueDate())));
            }
            summary.add(label("Actions"), list);
        }
        var recorded = new Paragraph("Recorded by " + i.recordedByName() + ", " + Dates.dayTime(i.recordedAt()));
        recorded.addClassNames("muted", "small");
        summary.add(recorded);
        return summary;
    }

    private static Component factors(String title, List<MissingFactor> ticked, @Nullable String other) {
        List<String> all = new ArrayList<>(ticked.stream().map(MissingFactor::label).toList());
        if (other != null) {
            all.add(other);
        }
        return labelled(title, all.isEmpty() ? null : String.join("; ", all));
    }

    private static Component labelled(String label, @Nullable String text) {
        var block = new Div(label(label), new Span(text == null || text.isBlank() ? "Not recorded" : text));
        block.addClassName("labelled");
        if (text == null || text.isBlank()) {
            block.addClassName("muted");
        }
        return block;
    }

    private static Span label(String text) {
        var label = new Span(text);
        label.addClassName("fact-label");
        return label;
    }

    private static Div fact(String label, String value) {
        var fact = new Div(label(label), new Span(value));
        fact.addClassName("fact");
        return fact;
    }
}
