package org.waypoint.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Div;
import org.waypoint.security.CurrentUser;

/** The address a user lands on: each role's own starting screen. Routes by path so the layout knows no feature. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String start = CurrentUser.find().map(user -> switch (user.role()) {
            case SOCIAL_WORKER, PERSONAL_ADVISER, TEAM_MANAGER, HEAD_OF_SERVICE -> "my-day";
            case ADMIN -> "admin/staff";
        }).orElse("login");
        event.forwardTo(start);
    }
}
