package org.waypoint.children.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/** Links to the children screens; route parameters change here only. */
public final class ChildrenNavigation {

    private ChildrenNavigation() {
    }

    public static void toChild(UUID childId) {
        UI.getCurrent().navigate(ChildView.class, new RouteParameters(ChildView.CHILD_ID, childId.toString()));
    }

    /** The child's record as a path, for links rendered by the browser. */
    static String childPath(UUID childId) {
        return RouteConfiguration.forSessionScope().getUrl(ChildView.class,
                new RouteParameters(ChildView.CHILD_ID, childId.toString()));
    }

    public static RouterLink linkToChild(String text, UUID childId) {
        return new RouterLink(text, ChildView.class, new RouteParameters(ChildView.CHILD_ID, childId.toString()));
    }
}
