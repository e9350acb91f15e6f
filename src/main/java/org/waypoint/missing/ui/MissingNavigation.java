package org.waypoint.missing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/** Links to the missing-episode screens; route parameters change here only. */
public final class MissingNavigation {

    private MissingNavigation() {
    }

    public static void toNewEpisode(UUID childId) {
        UI.getCurrent().navigate(RecordEpisodeView.class,
                new RouteParameters(RecordEpisodeView.CHILD_ID, childId.toString()));
    }

    public static void toInterview(UUID episodeId) {
        UI.getCurrent().navigate(ReturnInterviewView.class,
                new RouteParameters(ReturnInterviewView.EPISODE_ID, episodeId.toString()));
    }

    public static RouterLink linkToInterview(String text, UUID episodeId) {
        return new RouterLink(text, ReturnInterviewView.class,
                new RouteParameters(ReturnInterviewView.EPISODE_ID, episodeId.toString()));
    }

    public static void toList() {
        UI.getCurrent().navigate(MissingListView.class);
    }
}
