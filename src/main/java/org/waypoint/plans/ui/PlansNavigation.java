package org.waypoint.plans.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/** Links to the plan screens; route parameters change here only. */
public final class PlansNavigation {

    private PlansNavigation() {
    }

    public static void toPlan(UUID versionId) {
        UI.getCurrent().navigate(PlanView.class, new RouteParameters(PlanView.VERSION_ID, versionId.toString()));
    }

    public static RouterLink linkToPlan(String text, UUID versionId) {
        return new RouterLink(text, PlanView.class, new RouteParameters(PlanView.VERSION_ID, versionId.toString()));
    }

    public static void toEditor(UUID versionId) {
        UI.getCurrent().navigate(PlanEditorView.class,
                new RouteParameters(PlanEditorView.VERSION_ID, versionId.toString()));
    }

    public static void toNewPlan(UUID childId) {
        UI.getCurrent().navigate("children/" + childId + "/new-plan");
    }

    public static void toApproval(UUID versionId) {
        UI.getCurrent().navigate(ApprovalView.class, new RouteParameters(ApprovalView.VERSION_ID, versionId.toString()));
    }

    public static void toQueue() {
        UI.getCurrent().navigate(ApprovalQueueView.class);
    }

    static String editorPath(UUID versionId) {
        return "plans/" + versionId + "/edit";
    }
}
