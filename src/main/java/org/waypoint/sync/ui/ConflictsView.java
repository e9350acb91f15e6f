package org.waypoint.sync.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.waypoint.common.Dates;
import org.waypoint.common.StaleVersionException;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;
import org.waypoint.sync.ConflictComparison;
import org.waypoint.sync.ConflictCopy;
import org.waypoint.sync.SyncHandler;
import org.waypoint.sync.SyncService;
import org.waypoint.ui.Notifications;

/**
 * Offline changes that met a newer version: each side by side with what is on the server, to keep one or the other.
 * Nothing was overwritten; until the practitioner chooses, both stay. Managers see how many wait in their teams.
 */
@Route("sync/conflicts")
@PageTitle("Offline changes to check")
@Menu(order = 90, title = "Offline changes to check", icon = "vaadin:exchange")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
class ConflictsView extends VerticalLayout {

    private final SyncService sync;
    private final Div list = new Div();
    private final Paragraph teamCount = new Paragraph();

    ConflictsView(SyncService sync) {
        this.sync = sync;
        addClassName("page");
        var intro = new Paragraph("These changes were made without a signal, on a record someone else changed "
                + "meanwhile. Nothing was overwritten: choose which version to keep.");
        intro.addClassName("muted");
        teamCount.addClassName("team-conflicts");
        Role role = CurrentUser.get().role();
        teamCount.setVisible(role == Role.TEAM_MANAGER || role == Role.HEAD_OF_SERVICE);
        add(new H2("Offline changes to check"), intro, teamCount, list);
        refresh();
    }

    private void refresh() {
        if (teamCount.isVisible()) {
            long open = sync.openConflictsInScope();
            teamCount.setText(open == 1 ? "1 offline change in your teams is waiting for a choice."
                    : open + " offline changes in your teams are waiting for a choice.");
        }
        list.removeAll();
        List<ConflictCopy> mine = sync.myConflicts();
        if (mine.isEmpty()) {
            list.add(new Paragraph("You have no offline changes to check."));
        }
        mine.forEach(copy -> list.add(card(sync.compare(copy.id()))));
    }

    private Div card(ConflictComparison comparison) {
        ConflictCopy copy = comparison.copy();
        var card = new Div();
        card.addClassName("conflict-card");
        var when = new Paragraph("Made offline, synced " + Dates.dayTime(copy.createdAt()) + ". " + copy.reason());
        when.addClassName("muted");
        var table = new NativeTable(new NativeTableHeader(new NativeTableRow(new NativeTableHeaderCell(""),
                new NativeTableHeaderCell("Now on the record"), new NativeTableHeaderCell("Your offline change"))));
        var body = new NativeTableBody();
        for (int i = 0; i < comparison.server().size() || i < comparison.mine().size(); i++) {
            SyncHandler.Field server = i < comparison.server().size() ? comparison.server().get(i) : null;
            SyncHandler.Field mine = i < comparison.mine().size() ? comparison.mine().get(i) : null;
            String label = server != null ? server.label() : mine.label();
            var row = new NativeTableRow(new NativeTableHeaderCell(label),
                    new NativeTableCell(server == null ? "" : server.value()),
                    new NativeTableCell(mine == null ? "" : mine.value()));
            if (server != null && mine != null && !server.value().equals(mine.value())) {
                row.addClassName("differs");
            }
            body.add(row);
        }
        table.add(body);
        table.addClassName("conflict-table");
        var keep = new Button("Keep what is on the record", e -> {
            sync.keepServerVersion(copy.id());
            Notifications.saved("Kept the version on the record");
            refresh();
        });
        var useMine = new Button("Use my offline change", e -> {
            try {
                sync.useMine(copy.id(), comparison.serverVersion());
                Notifications.saved("Your offline change is saved");
            } catch (StaleVersionException stale) {
                Notifications.problem("The record changed again just now: compare the versions once more");
            }
            refresh();
        });
        useMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H3(copy.what() + " for " + copy.childName()), when, table, new HorizontalLayout(keep, useMine));
        return card;
    }
}
