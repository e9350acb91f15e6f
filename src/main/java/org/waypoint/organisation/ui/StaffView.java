package org.waypoint.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.waypoint.common.ConflictException;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.organisation.NewStaff;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.ServiceAreaSummary;
import org.waypoint.organisation.StaffChange;
import org.waypoint.organisation.StaffFilter;
import org.waypoint.organisation.StaffSummary;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;
import org.waypoint.ui.Badges;
import org.waypoint.ui.Fte;
import org.waypoint.ui.DatePickers;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;
import org.waypoint.ui.StaleEditDialog;

/** Staff accounts: who works where, in what role, at what FTE. */
@Route("admin/staff")
@PageTitle("Staff")
@Menu(order = 102, title = "Staff", icon = "vaadin:user-card")
@RolesAllowed(Roles.ADMIN)
class StaffView extends VerticalLayout {

    private final OrganisationService organisation;
    private final Grid<StaffSummary> grid = new Grid<>();
    private StaffFilter filter = new StaffFilter(null, null, null, false);

    StaffView(OrganisationService organisation) {
        this.organisation = organisation;
        addClassName("page");
        setSizeFull();

        var search = new TextField();
        search.setPlaceholder("Search by name or username");
        search.setAriaLabel("Search staff");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh(new StaffFilter(e.getValue(), filter.role(), filter.teamId(),
                filter.activeOnly())));
        var role = new Select<Role>();
        role.setAriaLabel("Role");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("All roles");
        role.setItemLabelGenerator(r -> r == null ? "All roles" : r.label());
        role.addValueChangeListener(e -> refresh(new StaffFilter(filter.search(), e.getValue(), filter.teamId(),
                filter.activeOnly())));
        var filters = new FlexLayout(search, role);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        Map<Long, String> areaNames = organisation.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceAreaSummary::id, ServiceAreaSummary::name));
        grid.addColumn(new ComponentRenderer<>(s -> twoLines(s.displayName(), s.username())))
                .setHeader("Name").setKey("displayName").setSortable(true).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(s -> twoLines(s.role().label(), s.teamName() != null ? s.teamName()
                        : s.serviceAreaIds().size() == areaNames.size() && !areaNames.isEmpty() ? "All service areas"
                        : s.serviceAreaIds().stream().map(areaNames::get).sorted().collect(Collectors.joining(", ")))))
                .setHeader("Role and team").setFlexGrow(2);
        grid.addColumn(s -> Fte.text(s.fte())).setHeader("FTE").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> s.active() ? Badges.of("Active", Badges.Tone.SUCCESS)
                : Badges.of("Disabled", Badges.Tone.NEUTRAL)).setHeader("Account").setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> organisation.searchStaff(filter, PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), pageable.getSort().and(Sort.by("displayName", "id")))).getContent());
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();

        var add = new Button("Add a member of staff", e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Staff"), add);
        header.setAlignItems(Alignment.CENTER);
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private static Map<String, String> describe(@Nullable String name, @Nullable Role role, @Nullable String team,
                                                @Nullable BigDecimal fte, java.time.@Nullable LocalDate qualifiedOn,
                                                boolean active) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("Name", name == null ? "" : name);
        fields.put("Role", role == null ? "" : role.label());
        fields.put("Team", team == null ? "" : team);
        fields.put("FTE", fte == null ? "" : Fte.text(fte));
        fields.put("Qualified on", org.waypoint.common.Dates.day(qualifiedOn));
        fields.put("Account", active ? "Active" : "Disabled");
        return fields;
    }

    private static Div twoLines(String first, String second) {
        var secondLine = new Span(second);
        secondLine.addClassName("muted");
        var cell = new Div(new Span(first), secondLine);
        cell.addClassName("two-lines");
        return cell;
    }

    private void refresh(StaffFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
    }

    private void edit(@Nullable StaffSummary existing) {
        var dialog = new Dialog(existing == null ? "Add a member of staff" : existing.displayName());
        dialog.setWidth("min(44rem, 96vw)");
        var username = new TextField("Username");
        username.setMaxLength(100);
        var displayName = new TextField("Name");
        displayName.setMaxLength(200);
        var password = new PasswordField("Password");
        password.setHelperText("At least 12 characters; a few unrelated words work well");
        var role = new Select<Role>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        var team = new ComboBox<TeamSummary>("Team");
        List<TeamSummary> teams = organisation.teams();
        team.setItems(teams);
        team.setItemLabelGenerator(t -> t.name() + " · " + t.serviceAreaName());
        var areas = new MultiSelectComboBox<ServiceAreaSummary>("Service areas");
        areas.setItems(organisation.serviceAreas());
        areas.setItemLabelGenerator(ServiceAreaSummary::name);
        var fte = new BigDecimalField("FTE");
        fte.setHelperText("1.0 is full time");
        fte.setValue(BigDecimal.ONE);
        var qualifiedOn = DatePickers.create("Qualified on");
        qualifiedOn.setHelperText("For newly qualified supervision; leave empty if not a social worker");
        var active = new Checkbox("Account active", true);

        role.addValueChangeListener(e -> {
            Role r = e.getValue();
            team.setVisible(r == null || r.belongsToTeam());
            areas.setVisible(r == Role.HEAD_OF_SERVICE);
        });
        role.setValue(existing == null ? Role.SOCIAL_WORKER : existing.role());

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            teams.stream().filter(t -> Long.valueOf(t.id()).equals(existing.teamId())).findFirst().ifPresent(team::setValue);
            areas.setValue(organisation.serviceAreas().stream()
                    .filter(a -> existing.serviceAreaIds().contains(a.id())).collect(Collectors.toSet()));
            fte.setValue(existing.fte());
            qualifiedOn.setValue(existing.qualifiedOn());
            active.setValue(existing.active());
        }
        var errors = new FieldErrors(Map.<String, HasValidation>of("username", username,
                "displayName", displayName, "password", password, "role", role, "teamId", team,
                "serviceAreaIds", areas, "fte", fte, "qualifiedOn", qualifiedOn));

        var save = new Button("Save", e -> {
            Long teamId = team.getValue() == null ? null : team.getValue().id();
            Set<Long> areaIds = areas.getValue().stream().map(ServiceAreaSummary::id).collect(Collectors.toSet());
            try {
                StaffSummary saved = existing == null
                        ? organisation.createStaff(new NewStaff(username.getValue(), displayName.getValue(),
                        password.getValue(), role.getValue(), teamId, areaIds, fte.getValue(), qualifiedOn.getValue()))
                        : organisation.updateStaff(existing.id(), new StaffChange(existing.version(),
                        displayName.getValue(), role.getValue(), teamId, areaIds, fte.getValue(),
                        qualifiedOn.getValue(), active.getValue(), password.getValue()));
                Notifications.saved(saved.displayName() + " saved");
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException problem) {
                errors.show(problem);
            } catch (ConflictException problem) {
                username.setErrorMessage(problem.getMessage());
                username.setInvalid(true);
            } catch (StaleVersionException problem) {
                var mine = new StaffChange(problem.currentVersion(), displayName.getValue(), role.getValue(), teamId,
                        areaIds, fte.getValue(), qualifiedOn.getValue(), active.getValue(), password.getValue());
                organisation.staffMember(existing.id()).ifPresent(now -> new StaleEditDialog("this account",
                        describe(now.displayName(), now.role(), now.teamName(), now.fte(), now.qualifiedOn(), now.active()),
                        describe(mine.displayName(), mine.role(), team.getValue() == null ? null : team.getValue().name(),
                                mine.fte(), mine.qualifiedOn(), mine.active()),
                        () -> {
                            organisation.updateStaff(existing.id(), mine);
                            Notifications.saved(mine.displayName() + " saved");
                            dialog.close();
                            grid.getDataProvider().refreshAll();
                        }, () -> {
                            dialog.close();
                            grid.getDataProvider().refreshAll();
                        }).open());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (existing != null) {
            password.setLabel("New password");
            password.setHelperText("Leave empty to keep the current password");
        }
        var form = new FormLayout(username, displayName, password, role, team, areas, fte, qualifiedOn, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", ev -> dialog.close()), save);
        dialog.open();
    }
}
