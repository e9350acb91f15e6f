package org.waypoint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shown when someone else saved a record while the user was editing it: what is saved now beside what the user
 * typed, field by field, and the choice to keep theirs or save the user's over it. Nothing is overwritten silently
 * and nothing typed is lost.
 */
public final class StaleEditDialog extends Dialog {

    private record Line(String field, String saved, String yours) {
    }

    /**
     * @param saved what is saved now, by field label (in display order)
     * @param yours what the user typed, by the same labels
     */
    public StaleEditDialog(String what, Map<String, String> saved, Map<String, String> yours, Runnable saveMine,
                           Runnable takeSaved) {
        setHeaderTitle("Someone else changed " + what);
        setWidth("min(48rem, 96vw)");
        var grid = new Grid<Line>();
        grid.setAllRowsVisible(true);
        grid.addColumn(Line::field).setHeader("");
        grid.addColumn(Line::saved).setHeader("Saved now");
        grid.addColumn(Line::yours).setHeader("Yours");
        grid.setPartNameGenerator(line -> Objects.equals(line.saved(), line.yours()) ? null : "changed");
        List<Line> lines = saved.keySet().stream()
                .map(field -> new Line(field, saved.get(field), yours.getOrDefault(field, ""))).toList();
        grid.setItems(lines);
        add(new Paragraph("It was saved by someone else after you opened it. Choose which to keep."), grid);
        var mine = new Button("Save mine over it", e -> {
            close();
            saveMine.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Keep what is saved", e -> {
            close();
            takeSaved.run();
        }), mine);
    }
}
