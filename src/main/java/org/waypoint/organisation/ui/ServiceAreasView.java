package org.waypoint.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.waypoint.common.ConflictException;
import org.waypoint.common.InvalidInputException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.ServiceAreaSummary;
import org.waypoint.security.Roles;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

@Route("admin/service-areas")
@PageTitle("Service areas")
@Menu(order = 100, title = "Service areas", icon = "vaadin:sitemap")
@RolesAllowed(Roles.ADMIN)
class ServiceAreasView extends VerticalLayout {

    ServiceAreasView(OrganisationService organisation) {
        addClassName("page");
        var grid = new Grid<ServiceAreaSummary>();
        grid.addColumn(ServiceAreaSummary::name).setHeader("Service area");
        grid.setItems(organisation.serviceAreas());
        grid.setAllRowsVisible(true);

        var name = new TextField("New service area");
        name.setMaxLength(200);
        var errors = new FieldErrors(Map.of("name", name));
        var add = new Button("Add", e -> {
            try {
                ServiceAreaSummary created = organisation.createServiceArea(name.getValue());
                Notifications.saved(created.name() + " added");
                name.clear();
                errors.clear();
                grid.setItems(organisation.serviceAreas());
            } catch (InvalidInputException problem) {
                errors.show(problem);
            } catch (ConflictException problem) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, add);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2("Service areas"), form, grid);
    }
}
