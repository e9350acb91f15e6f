package org.waypoint.children.ui;

import com.vaadin.flow.component.html.Span;
import org.waypoint.children.Category;
import org.waypoint.ui.Badges;

final class CategoryBadge {

    private CategoryBadge() {
    }

    static Span of(Category category) {
        return Badges.of(category.label(), tone(category));
    }

    static Badges.Tone tone(Category category) {
        return switch (category) {
            case CP -> Badges.Tone.ERROR;
            case CLA -> Badges.Tone.INFO;
            case CARE_LEAVER -> Badges.Tone.SUCCESS;
            case CIN -> Badges.Tone.NEUTRAL;
        };
    }
}
