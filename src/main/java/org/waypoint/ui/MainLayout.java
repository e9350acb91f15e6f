package org.waypoint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.waypoint.security.CurrentUser;

/**
 * The frame around every screen. It knows no feature: the menu lists the views, marked with {@code @Menu}, that the
 * signed-in role may open.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        addToNavbar(toggle, viewTitle);

        var brand = new Div(new Span("Waypoint"));
        brand.addClassName("brand");
        addToDrawer(brand, new Scroller(menu()), userFooter(authentication));
    }

    private static SideNav menu() {
        var nav = new SideNav();
        nav.setLabel("Main menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private static Component userFooter(AuthenticationContext authentication) {
        var footer = new Div();
        footer.addClassName("user-footer");
        CurrentUser.find().ifPresent(user -> {
            var name = new Span(user.displayName());
            name.addClassName("user-name");
            var role = new Span(user.role().label());
            role.addClassName("user-role");
            footer.add(name, role);
        });
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        footer.add(signOut);
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() == null ? "" : MenuConfiguration.getPageHeader(getContent()).orElse(""));
        // The layout's content area scrolls, not the page: a new screen starts at its top, not where the last one was.
        getElement().executeJs("this.shadowRoot?.querySelector('[content]')?.scrollTo(0, 0)");
    }
}
