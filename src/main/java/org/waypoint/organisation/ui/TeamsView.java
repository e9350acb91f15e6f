package org.waypoint.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.ConflictException;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.organisation.NewTeam;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.ServiceAreaSummary;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.Roles;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;
import org.waypoint.ui.StaleEditDialog;

@Route("admin/teams")
@PageTitle("Teams")
@Menu(order = 101, title = "Teams", icon = "vaadin:group")
@RolesAllowed(Roles.ADMIN)
class TeamsView extends VerticalLayout {

    private final OrganisationService organisation;
    private final Grid<TeamSummary> grid = new Grid<>();

    TeamsView(OrganisationService organisation) {
        this.organisation = organisation;
        addClassName("page");
        grid.addColumn(TeamSummary::name).setHeader("Team").setSortable(true).setFlexGrow(2);
        grid.addColumn(TeamSummary::serviceAreaName).setHeader("Service area").setSortable(true).setFlexGrow(2);
        grid.addColumn(t -> t.safeCaseload() == null ? "Not set" : t.safeCaseload().toString())
                .setHeader("Safe caseload");
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setItems(organisation.teams());
        grid.setAllRowsVisible(true);

        var add = new Button("Add team", e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Teams"), add);
        header.setAlignItems(Alignment.CENTER);
        add(header, grid);
    }

    private static java.util.Map<String, String> describe(TeamSummary team) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("Name", team.name());
        fields.put("Service area", team.serviceAreaName());
        fields.put("Safe caseload", team.safeCaseload() == null ? "Not set" : team.safeCaseload().toString());
        return fields;
    }

    private void edit(@Nullable TeamSummary existing) {
        var dialog = new Dialog(existing == null ? "Add a team" : "Change " + existing.name());
        dialog.setWidth("min(36rem, 95vw)");
        var name = new TextField("Name");
        name.setMaxLength(200);
        var area = new ComboBox<ServiceAreaSummary>("Service area");
        area.setItems(organisation.serviceAreas());
        area.setItemLabelGenerator(ServiceAreaSummary::name);
        var safe = new IntegerField("Safe caseload (open cases per full-time worker)");
        safe.setMin(1);
        safe.setMax(200);
        safe.setHelperText("Leave empty if the team has no caseload policy");
        if (existing != null) {
            name.setValue(existing.name());
            area.setValue(new ServiceAreaSummary(existing.serviceAreaId(), existing.serviceAreaName()));
            safe.setValue(existing.safeCaseload());
        }
        var errors = new FieldErrors(Map.of("name", name, "serviceAreaId", area, "safeCaseload", safe));
        var save = new Button("Save", e -> {
            var team = new NewTeam(name.getValue(), area.getValue() == null ? null : area.getValue().id(), safe.getValue());
            try {
                TeamSummary saved = existing == null ? organisation.createTeam(team)
                        : organisation.updateTeam(existing.id(), existing.version(), team);
                Notifications.saved(saved.name() + " saved");
                dialog.close();
                grid.setItems(organisation.teams());
            } catch (InvalidInputException problem) {
                errors.show(problem);
            } catch (ConflictException problem) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            } catch (StaleVersionException problem) {
                organisation.team(existing.id()).ifPresent(now -> new StaleEditDialog("this team", describe(now),
                        describe(new TeamSummary(now.id(), name.getValue(),
                                area.getValue() == null ? 0 : area.getValue().id(),
                                area.getValue() == null ? "" : area.getValue().name(), safe.getValue(), now.version())),
                        () -> {
                            organisation.updateTeam(now.id(), now.version(), team);
                            Notifications.saved(team.name() + " saved");
                            dialog.close();
                            grid.setItems(organisation.teams());
                        }, () -> {
                            dialog.close();
                            grid.setItems(organisation.teams());
                        }).open());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, area, safe));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
