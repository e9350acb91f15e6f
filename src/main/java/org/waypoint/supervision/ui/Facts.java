package org.waypoint.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The row of labelled facts at the top of a screen (the shared {@code facts} style). */
final class Facts {

    private Facts() {
    }

    static FlexLayout of(Div... facts) {
        var row = new FlexLayout(facts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("facts");
        return row;
    }

    static Div fact(String label, Component value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var fact = new Div(term, value);
        fact.addClassName("fact");
        return fact;
    }

    static Div fact(String label, String value) {
        return fact(label, new Span(value));
    }
}
