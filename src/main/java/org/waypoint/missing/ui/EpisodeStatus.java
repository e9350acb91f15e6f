package org.waypoint.missing.ui;

import com.vaadin.flow.component.html.Span;
import org.waypoint.missing.Episode;
import org.waypoint.missing.Interview;
import org.waypoint.missing.ReturnInterviewDeadline;
import org.waypoint.ui.Badges;

/** Where an episode stands, as one coloured label with words. */
final class EpisodeStatus {

    private EpisodeStatus() {
    }

    static Span badge(Episode episode, ReturnInterviewDeadline rule) {
        if (episode.returnedAt() == null) {
            return Badges.of("Missing now", Badges.Tone.ERROR);
        }
        Interview interview = episode.interview();
        if (interview == null) {
            return deadline(rule.deadline(episode.returnedAt()));
        }
        return switch (interview.outcome()) {
            case HELD -> Boolean.TRUE.equals(interview.heldWithin72Hours())
                    ? Badges.of("Interview held within 72 hours", Badges.Tone.SUCCESS)
                    : Badges.of("Interview held after 72 hours", Badges.Tone.WARNING);
            case DECLINED -> Badges.of("Interview declined by the child", Badges.Tone.NEUTRAL);
            case NOT_HELD -> Badges.of("Interview not held", Badges.Tone.NEUTRAL);
        };
    }

    /** "41 hours left" (amber), "Overdue by 5 hours" (red), where the column already says what is due. */
    static Span timeLeft(ReturnInterviewDeadline.Deadline deadline) {
        return Badges.of(deadline.describe(), deadline.overdue() ? Badges.Tone.ERROR : Badges.Tone.WARNING);
    }

    /** "Interview due: 41 hours left" (amber), "Interview overdue by 5 hours" (red). */
    static Span deadline(ReturnInterviewDeadline.Deadline deadline) {
        return deadline.overdue()
                ? Badges.of("Interview " + deadline.describe().toLowerCase(), Badges.Tone.ERROR)
                : Badges.of("Interview due: " + deadline.describe().toLowerCase(), Badges.Tone.WARNING);
    }
}
