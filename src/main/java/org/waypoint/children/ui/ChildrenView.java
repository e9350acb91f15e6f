package org.waypoint.children.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.ChildFilter;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;

/** Every child a manager or head of service oversees, with allocation. */
@Route("children")
@PageTitle("Children")
@Menu(order = 20, title = "Children", icon = "vaadin:child")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
class ChildrenView extends VerticalLayout implements BeforeEnterObserver {

    private final ChildService children;
    private final OrganisationService organisation;
    private final Clock clock;

    ChildrenView(ChildService children, OrganisationService organisation, Clock clock) {
        this.children = children;
        this.organisation = organisation;
        this.clock = clock;
        addClassName("page");
        setSizeFull();
    }

    /** Filters come from the address ({@code ?team=&worker=&unallocated=true}), so figures can link to their rows. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CurrentUser user = CurrentUser.get();
        var teams = organisation.teamsOverseenBy(user);
        QueryParameters query = event.getLocation().getQueryParameters();
        ChildFilter filter = ChildFilter.open()
                .withTeam(number(query, "team"))
                .withWorker(number(query, "worker"))
                .withUnallocatedOnly(query.getSingleParameter("unallocated").map("true"::equals).orElse(false));
        var grid = new ChildrenGrid(children, filter, teams, LocalDate.now(clock), this::allocate, true);

        var header = new HorizontalLayout(new H2("Children"));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        if (user.role() == Role.TEAM_MANAGER) {
            var register = new Button("Register a child", e -> getUI().ifPresent(ui -> ui.navigate(RegisterChildView.class)));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(register);
            header.expand(header.getComponentAt(0));
        }
        add(header, grid);
        setFlexGrow(1, grid);
    }

    private void allocate(ChildSummary child) {
        new AllocateDialog(children, child, () -> getChildren()
                .filter(ChildrenGrid.class::isInstance).map(ChildrenGrid.class::cast)
                .forEach(ChildrenGrid::refresh)).open();
    }

    private static @Nullable Long number(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
    }
}
