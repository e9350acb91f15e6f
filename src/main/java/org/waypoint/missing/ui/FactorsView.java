package org.waypoint.missing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.ConflictException;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.missing.FactorKind;
import org.waypoint.missing.MissingFactor;
import org.waypoint.missing.MissingFactorService;
import org.waypoint.security.Roles;
import org.waypoint.ui.Badges;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/** The council's push and pull factors for return interviews: add, reword, retire. */
@Route("admin/missing-factors")
@PageTitle("Push and pull factors")
@Menu(order = 69, title = "Push and pull factors", icon = "vaadin:list-select")
@RolesAllowed(Roles.ADMIN)
class FactorsView extends VerticalLayout {

    private final MissingFactorService factors;
    private final Map<FactorKind, Grid<MissingFactor>> grids = new EnumMap<>(FactorKind.class);

    FactorsView(MissingFactorService factors) {
        this.factors = factors;
        addClassName("page");
        var intro = new Paragraph("The ticks offered in a return interview. Retired factors are no longer offered but "
                + "stay on the interviews that ticked them; rewording keeps the code integrations use.");
        intro.addClassName("muted");
        add(new H2("Push and pull factors"), intro);
        for (FactorKind kind : FactorKind.values()) {
            var grid = new Grid<MissingFactor>();
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.addColumn(MissingFactor::label).setHeader("Wording").setFlexGrow(3);
            grid.addColumn(MissingFactor::code).setHeader("Code").setFlexGrow(2);
            grid.addComponentColumn(f -> f.active() ? Badges.of("Offered", Badges.Tone.SUCCESS)
                    : Badges.of("Retired", Badges.Tone.NEUTRAL)).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
            grid.addItemClickListener(e -> edit(kind, e.getItem()));
            grids.put(kind, grid);
            var add = new Button("Add a " + (kind == FactorKind.PUSH ? "push" : "pull") + " factor", e -> edit(kind, null));
            add(new H3(kind.label()), grid, add);
        }
        refresh();
    }

    private void refresh() {
        var all = factors.factors();
        grids.forEach((kind, grid) -> grid.setItems(all.stream().filter(f -> f.kind() == kind).toList()));
    }

    private void edit(FactorKind kind, @Nullable MissingFactor existing) {
        var dialog = new Dialog(existing == null ? "Add a factor" : "Change a factor");
        dialog.setWidth("min(36rem, 96vw)");
        var label = new TextField("Wording");
        label.setMaxLength(120);
        label.setWidthFull();
        var active = new Checkbox("Offered on new interviews", existing == null || existing.active());
        active.setVisible(existing != null);
        if (existing != null) {
            label.setValue(existing.label());
        }
        var errors = new FieldErrors(Map.of("label", label));
        var save = new Button("Save", e -> {
            try {
                if (existing == null) {
                    factors.add(kind, label.getValue());
                } else {
                    factors.change(existing.id(), existing.version(), label.getValue(), active.getValue());
                }
                dialog.close();
                Notifications.saved("Saved");
                refresh();
            } catch (InvalidInputException problem) {
                errors.show(problem);
            } catch (ConflictException | StaleVersionException problem) {
                Notifications.problem(problem.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(label, active);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
