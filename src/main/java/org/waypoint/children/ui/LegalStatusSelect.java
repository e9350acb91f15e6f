package org.waypoint.children.ui;

import com.vaadin.flow.component.select.Select;
import org.waypoint.children.LegalStatus;

/** The legal status as a choice in plain words; choosing nothing means "Not recorded". */
final class LegalStatusSelect {

    private LegalStatusSelect() {
    }

    static Select<LegalStatus> create() {
        var select = new Select<LegalStatus>();
        select.setLabel("Legal status");
        select.setItems(LegalStatus.values());
        select.setItemLabelGenerator(s -> s == null ? LegalStatus.NOT_RECORDED : s.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(LegalStatus.NOT_RECORDED);
        select.setHelperText("The order or agreement in force now");
        return select;
    }
}
