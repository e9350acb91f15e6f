package org.waypoint.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.waypoint.supervision.AgreedAction;
import org.waypoint.supervision.NewSupervision;
import org.waypoint.ui.DatePickers;

/** Agreed actions, each with what is to be done, who owns it and by when; rows are added and removed freely. */
class ActionsEditor extends Div {

    private final List<String> owners;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    /** @param owners names offered as owners (supervisee, supervisor); any other person or agency can be typed */
    ActionsEditor(List<String> owners, String addLabel) {
        this.owners = owners;
        setWidthFull();
        var add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(null).description.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    void setActions(List<AgreedAction> actions) {
        rows.clear();
        list.removeAll();
        actions.forEach(this::addRow);
    }

    List<NewSupervision.Action> value() {
        return rows.stream().map(r -> new NewSupervision.Action(r.description.getValue(), r.owner.getValue(),
                r.due.getValue())).toList();
    }

    void registerErrors(ErrorTargets targets, String section) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            targets.put(section, i, "description", row.description);
            targets.put(section, i, "owner", row.owner);
            targets.put(section, i, "dueDate", row.due);
        }
    }

    private Row addRow(@Nullable AgreedAction action) {
        var row = new Row(owners);
        if (action != null) {
            row.description.setValue(action.description());
            row.chooseOwner(action.owner());
            row.due.setValue(action.dueDate());
        }
        rows.add(row);
        list.add(row.layout);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            list.remove(row.layout);
        });
        return row;
    }

    private static final class Row {
        final TextField description = new TextField("Action");
        final ComboBox<String> owner = new ComboBox<>("Owner");
        final DatePicker due = DatePickers.create("Due by");
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final Div layout = new Div();
        private final List<String> choices = new ArrayList<>();

        Row(List<String> owners) {
            description.setMaxLength(500);
            description.setPlaceholder("What is to be done");
            choices.addAll(owners);
            owner.setItems(choices);
            owner.setAllowCustomValue(true);
            owner.setPlaceholder("A person or an agency");
            owner.addCustomValueSetListener(e -> chooseOwner(e.getDetail()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove this action");
            remove.setTooltipText("Remove this action");
            layout.addClassName("action-row");
            layout.add(description, owner, due, remove);
        }

        void chooseOwner(String name) {
            if (!choices.contains(name)) {
                choices.add(name);
                owner.setItems(choices);
            }
            owner.setValue(name);
        }
    }
}
