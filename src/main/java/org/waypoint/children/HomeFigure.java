package org.waypoint.children;

import org.jspecify.annotations.Nullable;

/**
 * One headline figure on a manager's "My day" screen ("Workers supervised in time: 87%"), linking to the dashboard
 * or list behind it.
 *
 * @param order position among the figures; lower comes first
 * @param link  the app path of the dashboard or list behind the figure
 */
public record HomeFigure(int order, String label, String value, @Nullable String note, String link) {
}
