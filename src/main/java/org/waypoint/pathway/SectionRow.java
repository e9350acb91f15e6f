package org.waypoint.pathway;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A matter's text as stored; its actions are in {@link MatterActionRow}. */
@Embeddable
class SectionRow {

    private @Nullable String needs;
    private @Nullable String youngPersonViews;
    private @Nullable Boolean suitable;
    private @Nullable String suitableReason;

    protected SectionRow() {
    }

    SectionRow(@Nullable String needs, @Nullable String youngPersonViews, @Nullable Boolean suitable,
               @Nullable String suitableReason) {
        this.needs = needs;
        this.youngPersonViews = youngPersonViews;
        this.suitable = suitable;
        this.suitableReason = suitableReason;
    }

    @Nullable String needs() {
        return needs;
    }

    @Nullable String youngPersonViews() {
        return youngPersonViews;
    }

    @Nullable Boolean suitable() {
        return suitable;
    }

    @Nullable String suitableReason() {
        return suitableReason;
    }
}
