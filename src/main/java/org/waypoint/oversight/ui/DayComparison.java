package org.waypoint.oversight.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.waypoint.ui.DatePickers;

/** The two days an oversight dashboard shows side by side: "as at" and "compare with", both up to today. */
final class DayComparison extends FlexLayout {

    private final Clock clock;
    private final Period back;
    private final DatePicker asOf = DatePickers.create("As at");
    private final DatePicker compareWith = DatePickers.create("Compare with");

    /** @param back how far before "as at" the comparison falls when none is chosen */
    DayComparison(Clock clock, Period back, Runnable onChange) {
        this.clock = clock;
        this.back = back;
        LocalDate today = LocalDate.now(clock);
        asOf.setValue(today);
        asOf.setMax(today);
        compareWith.setValue(today.minus(back));
        compareWith.setMax(today);
        asOf.addValueChangeListener(e -> onChange.run());
        compareWith.addValueChangeListener(e -> onChange.run());
        add(asOf, compareWith);
        addClassName("filters");
        setFlexWrap(FlexWrap.WRAP);
    }

    LocalDate day() {
        return asOf.getValue() == null ? LocalDate.now(clock) : asOf.getValue();
    }

    LocalDate earlier() {
        return compareWith.getValue() == null ? day().minus(back) : compareWith.getValue();
    }
}
