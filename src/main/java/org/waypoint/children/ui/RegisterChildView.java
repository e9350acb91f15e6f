package org.waypoint.children.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.waypoint.children.Category;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.NewChild;
import org.waypoint.common.InvalidInputException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;
import org.waypoint.ui.DatePickers;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/** Registers a child with a team. A team manager registers into their own team; an administrator into any. */
@Route("children/new")
@PageTitle("Register a child")
@Menu(order = 90, title = "Register a child", icon = "vaadin:plus-circle")
@RolesAllowed({Roles.ADMIN, Roles.TEAM_MANAGER})
class RegisterChildView extends VerticalLayout {

    RegisterChildView(ChildService children, OrganisationService organisation, Clock clock) {
        addClassName("page");
        CurrentUser user = CurrentUser.get();
        boolean admin = user.role() == Role.ADMIN;

        var givenName = new TextField("Given name");
        givenName.setMaxLength(100);
        var familyName = new TextField("Family name");
        familyName.setMaxLength(100);
        var dateOfBirth = DatePickers.create("Date of birth");
        dateOfBirth.setMax(LocalDate.now(clock));
        var category = new Select<Category>();
        category.setLabel("Category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        var legalStatus = LegalStatusSelect.create();
        var team = new ComboBox<TeamSummary>("Team");
        List<TeamSummary> teams = admin ? organisation.teams() : organisation.teamsOverseenBy(user);
        team.setItems(teams);
        team.setItemLabelGenerator(t -> t.name() + " · " + t.serviceAreaName());
        if (teams.size() == 1) {
            team.setValue(teams.getFirst());
            team.setReadOnly(true);
        }
        var errors = new FieldErrors(Map.of("givenName", givenName, "familyName", familyName,
                "dateOfBirth", dateOfBirth, "category", category, "legalStatus", legalStatus, "teamId", team));

        var form = new FormLayout(givenName, familyName, dateOfBirth, category, legalStatus, team);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        var save = new Button("Register", e -> {
            try {
                ChildSummary child = children.register(new NewChild(givenName.getValue(), familyName.getValue(),
                        dateOfBirth.getValue(), category.getValue(), team.getValue() == null ? null : team.getValue().id(),
                        legalStatus.getValue()));
                Notifications.saved(child.fullName() + " is registered with " + child.teamName()
                        + " and waiting to be allocated.");
                if (admin) {
                    errors.clear();
                    givenName.clear();
                    familyName.clear();
                    dateOfBirth.clear();
                    category.clear();
                    legalStatus.clear();
                } else {
                    ChildrenNavigation.toChild(child.id());
                }
            } catch (InvalidInputException problem) {
                errors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var intro = new Paragraph("The child joins the team unallocated. The team manager then allocates them to a worker.");
        intro.addClassName("muted");
        add(new H2("Register a child"), intro, form, save);
    }
}
