package org.waypoint.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.common.FieldProblem;

class PlainLanguageTest {

    final PlainLanguage rules = new PlainLanguage(PlainLanguage.DEFAULT_JARGON);

    @Test
    void actionsWithoutAMeasurableVerbAreVague() {
        for (String vague : List.of("Support mum with routines", "Monitor the situation", "Continue to work with the family",
                "Ensure Amy is safe", "Engagement with services", "Improve school attendance")) {
            assertThat(PlainLanguage.vague(vague)).as(vague).isTrue();
        }
        for (String clear : List.of("Visit Amy at home every two weeks", "Book a dental check-up", "Mum attends the parenting course",
                "Amy attending school every day", "Sam to phone dad on Fridays", "Referred to the school nurse",
                "Complete the housing form")) {
            assertThat(PlainLanguage.vague(clear)).as(clear).isFalse();
        }
        assertThat(PlainLanguage.vague(null)).isFalse();
        assertThat(PlainLanguage.vague("  ")).isFalse();
    }

    @Test
    void jargonIsFoundAsWholeWordsInAnyCase() {
        assertThat(rules.jargonIn("Discuss at the core group; refer to camhs")).containsExactly("core group", "CAMHS");
        assertThat(rules.jargonIn("Lacrosse club on Tuesdays")).isEmpty();
        assertThat(rules.jargonIn("The s47 enquiry")).containsExactly("s47");
        assertThat(rules.jargonIn(null)).isEmpty();
        assertThat(new PlainLanguage(List.of("TAF", " ")).jargonIn("the taf meeting")).containsExactly("TAF");
    }

    @Test
    void warningsNameTheFieldAndTheAction() {
        var plan = new PlanContent(List.of("Safe from DV"),
                List.of(PlanAction.of("Visit weekly", "Sam", null), PlanAction.of("Support mum at the TAC", null, null)),
                "Strategy discussion", "I want to stay", null, null, null);
        assertThat(rules.warnings(plan)).containsExactly(
                new FieldProblem(null, 0, "outcome", "Families may not understand \"DV\": say it in plain words"),
                FieldProblem.ofAction(1, "description",
                        "Action 2 is vague: say what will be done, so anyone could see it was done (visit, book, attend...)"),
                FieldProblem.ofAction(1, "description", "Families may not understand \"TAC\": say it in plain words"),
                FieldProblem.of("contingency",
                        "Families may not understand \"strategy discussion\": say it in plain words"));
    }

    @Test
    void childViewsPromptsByAge() {
        assertThat(PlainLanguage.childViewsPrompt(0)).contains("what you saw");
        assertThat(PlainLanguage.childViewsPrompt(4)).contains("what you saw");
        assertThat(PlainLanguage.childViewsPrompt(5)).contains("drawing");
        assertThat(PlainLanguage.childViewsPrompt(11)).contains("drawing");
        assertThat(PlainLanguage.childViewsPrompt(12)).contains("chose not to talk");
        assertThat(PlainLanguage.childViewsPrompt(16)).contains("agree with");
    }
}
