package org.waypoint.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an address that does not exist or that the user's role may not open: the same plain words for
 * both, so it does not tell anyone what exists, and never a stack trace.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("page");
        add(new H2("Page not found"),
                new Paragraph("There is nothing at this address, or your role does not give you access to it."),
                new Anchor("", "Go to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
