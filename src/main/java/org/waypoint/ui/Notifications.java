package org.waypoint.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's few kinds of message; shown at the bottom, where a thumb on a tablet does not cover them. */
public final class Notifications {

    private Notifications() {
    }

    public static void saved(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void problem(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 8000);
    }

    public static void info(String message) {
        show(message, NotificationVariant.LUMO_CONTRAST, 5000);
    }

    private static void show(String message, NotificationVariant variant, int millis) {
        var notification = Notification.show(message, millis, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
    }
}
