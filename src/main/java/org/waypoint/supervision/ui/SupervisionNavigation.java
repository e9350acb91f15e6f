package org.waypoint.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/** Links to the supervision screens; route parameters change here only. */
public final class SupervisionNavigation {

    private SupervisionNavigation() {
    }

    public static void toRecord(UUID recordId) {
        UI.getCurrent().navigate(SupervisionRecordView.class,
                new RouteParameters(SupervisionRecordView.RECORD_ID, recordId.toString()));
    }

    public static RouterLink linkToRecord(String text, UUID recordId) {
        return new RouterLink(text, SupervisionRecordView.class,
                new RouteParameters(SupervisionRecordView.RECORD_ID, recordId.toString()));
    }

    public static void toNewRecord(long superviseeId) {
        UI.getCurrent().navigate(SupervisionEditorView.class,
                new RouteParameters(SupervisionEditorView.SUPERVISEE_ID, Long.toString(superviseeId)));
    }

    static void toEdit(UUID recordId) {
        UI.getCurrent().navigate("supervision/records/" + recordId + "/edit");
    }

    /** The child's record, by its address: the children feature's screens are its own. */
    static Anchor linkToChild(String text, UUID childId) {
        return new Anchor("children/" + childId, text);
    }

    public static void toTeam(long teamId) {
        UI.getCurrent().navigate(TeamSupervisionView.class, QueryParameters.of(TeamSupervisionView.TEAM, Long.toString(teamId)));
    }
}
