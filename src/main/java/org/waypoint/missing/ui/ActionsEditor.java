package org.waypoint.missing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.FieldProblem;
import org.waypoint.missing.InterviewAction;
import org.waypoint.ui.DatePickers;

/** The actions agreed in the interview, each with what, who and by when; rows are added and removed by touch. */
class ActionsEditor extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    private static final class Row extends FormLayout {

        final TextField description = new TextField("What will be done");
        final TextField owner = new TextField("Who (a person or an agency)");
        final DatePicker due = DatePickers.create("By when");

        Row(Runnable remove) {
            description.setMaxLength(500);
            owner.setMaxLength(200);
            var removeButton = new Button("Remove", VaadinIcon.TRASH.create(), e -> remove.run());
            removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(description, 2);
            add(owner, due);
            // In a block of its own, so the button sits at the start rather than centred in a form cell.
            add(new Div(removeButton));
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("560px", 2));
            addClassName("action-row");
        }

        void clearProblems() {
            for (var field : List.of(description, owner)) {
                field.setInvalid(false);
            }
            due.setInvalid(false);
        }
    }

    ActionsEditor() {
        setPadding(false);
        setSpacing(false);
        var add = new Button("Add an action", VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add(list, add);
    }

    private Row addRow(@Nullable InterviewAction value) {
        var row = new Row[1];
        row[0] = new Row(() -> {
            rows.remove(row[0]);
            list.remove(row[0]);
        });
        if (value != null) {
            row[0].description.setValue(value.description() == null ? "" : value.description());
            row[0].owner.setValue(value.owner() == null ? "" : value.owner());
            row[0].due.setValue(value.dueDate());
        }
        rows.add(row[0]);
        list.add(row[0]);
        return row[0];
    }

    /** Rows left wholly empty are dropped; a half-filled row is sent, so the rules can say what it lacks. */
    List<InterviewAction> value() {
        return rows.stream()
                .filter(r -> !r.description.isEmpty() || !r.owner.isEmpty() || r.due.getValue() != null)
                .map(r -> new InterviewAction(r.description.getValue(), r.owner.getValue(), r.due.getValue()))
                .toList();
    }

    void setValue(List<InterviewAction> actions) {
        rows.clear();
        list.removeAll();
        actions.forEach(this::addRow);
    }

    /** Shows each problem on its row; {@code actionIndex} counts the rows sent, as {@link #value} made them. */
    void show(List<FieldProblem> problems) {
        rows.forEach(Row::clearProblems);
        List<Row> sent = rows.stream()
                .filter(r -> !r.description.isEmpty() || !r.owner.isEmpty() || r.due.getValue() != null)
                .toList();
        for (FieldProblem problem : problems) {
            if (problem.actionIndex() == null || problem.actionIndex() >= sent.size()) {
                continue;
            }
            Row row = sent.get(problem.actionIndex());
            switch (problem.field()) {
                case "description" -> invalid(row.description, problem.message());
                case "owner" -> invalid(row.owner, problem.message());
                case "dueDate" -> {
                    row.due.setErrorMessage(problem.message());
                    row.due.setInvalid(true);
                }
                default -> { }
            }
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
