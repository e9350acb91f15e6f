package org.waypoint.children.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.waypoint.children.Category;
import org.waypoint.children.ChildFilter;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.DueItem;
import org.waypoint.organisation.TeamSummary;

/** A lazily loaded, filterable list of the children the user may see. */
class ChildrenGrid extends VerticalLayout {

    private final Grid<ChildSummary> grid = new Grid<>();
    private final Map<UUID, DueItem> nextDue = new HashMap<>();
    private ChildFilter filter;

    /**
     * @param teams the teams to offer in the team filter; none hides it
     * @param onAllocate when given, each open row gets an "Allocate" button
     */
    ChildrenGrid(ChildService children, ChildFilter initial, List<TeamSummary> teams, LocalDate today,
                 Consumer<ChildSummary> onAllocate, boolean canAllocate) {
        this.filter = initial;
        setPadding(false);
        setSizeFull();

        var search = new TextField();
        search.setPlaceholder("Search by name");
        search.setAriaLabel("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh(filter.withSearch(e.getValue())));

        var category = new Select<Category>();
        category.setAriaLabel("Category");
        category.setItems(Category.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("All categories");
        category.setItemLabelGenerator(c -> c == null ? "All categories" : c.label());
        category.setValue(initial.category());
        category.addValueChangeListener(e -> refresh(filter.withCategory(e.getValue())));

        var unallocated = new Checkbox("Unallocated only", initial.unallocatedOnly());
        unallocated.addValueChangeListener(e -> refresh(filter.withUnallocatedOnly(e.getValue())));

        var filters = new FlexLayout(search, category);
        if (teams.size() > 1) {
            var team = new ComboBox<TeamSummary>();
            team.setAriaLabel("Team");
            team.setPlaceholder("All teams");
            team.setItems(teams);
            team.setItemLabelGenerator(TeamSummary::name);
            team.setClearButtonVisible(true);
            teams.stream().filter(t -> Long.valueOf(t.id()).equals(initial.teamId())).findFirst().ifPresent(team::setValue);
            team.addValueChangeListener(e -> refresh(filter.withTeam(e.getValue() == null ? null : e.getValue().id())));
            filters.add(team);
        }
        filters.add(unallocated);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.CENTER);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var name = grid.addColumn(ChildCells.name(ChildSummary::fullName, ChildSummary::id))
                .setHeader("Name").setKey("familyName").setSortable(true).setWidth("6rem").setFlexGrow(1);
        grid.addColumn(c -> c.ageTextOn(today)).setHeader("Age").setKey("dateOfBirth").setSortable(true)
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(ChildCells.category(ChildSummary::category, c -> ""))
                .setHeader("Category").setKey("category").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        // Over several teams, the team goes under the worker: one column less, so the list fits beside the menu.
        boolean showTeam = teams.size() > 1;
        grid.addColumn(LitRenderer.<ChildSummary>of("""
                                <span class="${item.unallocated ? 'badge badge-warning' : ''}">${item.worker}</span>\
                                <div class="muted" ?hidden=${!item.team}>${item.team}</div>""")
                        .withProperty("worker", c -> c.allocatedWorkerName() == null ? "Unallocated" : c.allocatedWorkerName())
                        .withProperty("unallocated", c -> c.allocatedWorkerName() == null)
                        .withProperty("team", c -> showTeam ? c.teamName() : ""))
                .setHeader(showTeam ? "Worker and team" : "Worker").setWidth("6.5rem").setFlexGrow(2);
        // What is due next (an overdue plan review, a return interview): fetched once per page, not per row.
        // Narrow bases that grow: on a tablet beside the menu every column fits without scrolling sideways.
        grid.addColumn(ChildCells.nextDue(c -> nextDue.get(c.id()), today)).setHeader("Next due").setWidth("9.5rem")
                .setFlexGrow(1);
        if (canAllocate) {
            grid.addComponentColumn(c -> {
                var button = new com.vaadin.flow.component.button.Button("Allocate", e -> onAllocate.accept(c));
                button.addThemeName("small");
                button.setAriaLabel("Allocate " + c.fullName());
                return button;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItemsPageable(pageable -> {
            List<ChildSummary> page = children.search(filter,
                    PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sortOf(pageable.getSort())))
                    .getContent();
            page.forEach(c -> nextDue.remove(c.id()));
            nextDue.putAll(children.nextDue(page.stream().map(ChildSummary::id).toList()));
            return page;
        });
        grid.sort(GridSortOrder.asc(name).build());
        grid.setSizeFull();
        grid.setMinHeight("320px");

        add(filters, grid);
        setFlexGrow(1, grid);
    }

    // Sort on the columns' keys; family then given name then id keeps paging stable.
    private static Sort sortOf(Sort requested) {
        return requested.isUnsorted() ? Sort.by("familyName", "givenName", "id")
                : requested.and(Sort.by("familyName", "givenName", "id"));
    }

    void refresh(ChildFilter newFilter) {
        this.filter = newFilter;
        refresh();
    }

    void refresh() {
        nextDue.clear();
        grid.getDataProvider().refreshAll();
    }
}
