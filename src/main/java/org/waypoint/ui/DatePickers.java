package org.waypoint.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** Date pickers that show and accept dates the British way ("3 March 2026", "3/3/2026"). */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        var picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("d MMMM yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        return picker;
    }
}
