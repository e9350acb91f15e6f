package org.waypoint.children;

import java.time.LocalDate;
import java.util.List;
import org.waypoint.security.CurrentUser;

/**
 * Implemented by features with figures for managers (caseloads, supervision compliance, return interviews), so the
 * "My day" screen of a head of service or team manager shows them as cards without the children feature knowing
 * those features. Figures are computed in the database, within the user's scope.
 */
public interface HomeFigureSource {

    /** Figures for this user, or none when the role has no use for them. */
    List<HomeFigure> figures(CurrentUser user, LocalDate today);
}
