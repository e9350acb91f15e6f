package org.waypoint.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.waypoint.audit.AuditEntryView;
import org.waypoint.audit.AuditFilter;
import org.waypoint.audit.AuditService;
import org.waypoint.common.Dates;
import org.waypoint.security.Roles;
import org.waypoint.ui.DatePickers;

/** Who read or changed which child's record, when, and through which door. */
@Route("audit")
@PageTitle("Audit trail")
@Menu(order = 95, title = "Audit trail", icon = "vaadin:eye")
@RolesAllowed({Roles.ADMIN, Roles.HEAD_OF_SERVICE})
class AuditView extends VerticalLayout {

    private final Grid<AuditEntryView> grid = new Grid<>();
    private final TextField child = new TextField("Child reference");
    private final TextField username = new TextField("Member of staff (username)");
    private final DatePicker from = DatePickers.create("From");
    private final DatePicker to = DatePickers.create("To");
    private AuditFilter filter = AuditFilter.none();

    AuditView(AuditService audit) {
        addClassName("page");
        setSizeFull();
        child.setHelperText("The child's id, as shown in the address of their record");
        child.setClearButtonVisible(true);
        child.setValueChangeMode(ValueChangeMode.LAZY);
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        child.addValueChangeListener(e -> refresh());
        username.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(child, username, from, to);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Dates.dayTime(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.staffName() == null ? e.username() : e.staffName() + " (" + e.username() + ")")
                .setHeader("Who").setFlexGrow(2);
        grid.addColumn(e -> e.childName() != null ? e.childName()
                : e.childId() == null ? "" : e.childId().toString()).setHeader("Child").setFlexGrow(2);
        grid.addColumn(e -> describe(e)).setHeader("What").setFlexGrow(2);
        grid.addColumn(AuditEntryView::channel).setHeader("Through").setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> audit.search(filter,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
        grid.setSizeFull();

        var intro = new Paragraph("Every time someone opens or changes part of a child's record, it is written here. "
                + "Entries cannot be changed or removed.");
        intro.addClassName("muted");
        add(new H2("Audit trail"), intro, filters, grid);
        setFlexGrow(1, grid);
    }

    private static String describe(AuditEntryView entry) {
        String action = switch (entry.action()) {
            case "VIEW" -> "Viewed";
            case "CREATE" -> "Created";
            case "UPDATE" -> "Changed";
            case "EXPORT" -> "Exported";
            default -> entry.action().charAt(0) + entry.action().substring(1).toLowerCase();
        };
        return action + " " + entry.recordType().toLowerCase().replace('_', ' ');
    }

    private void refresh() {
        filter = new AuditFilter(parse(child.getValue()), username.getValue(), from.getValue(), to.getValue());
        child.setInvalid(!child.isEmpty() && filter.childId() == null);
        child.setErrorMessage("Not a child reference");
        grid.getDataProvider().refreshAll();
    }

    private static @Nullable UUID parse(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
