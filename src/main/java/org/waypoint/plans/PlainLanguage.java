package org.waypoint.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.FieldProblem;

/**
 * Help while typing, never a refusal (seed 000: plans families could not understand): an action with no
 * measurable verb ("support mum", "monitor the situation") and words from a short jargon list that families do not
 * use. The list is a setting ({@code waypoint.plans.jargon}); {@link #DEFAULT_JARGON} is the starting list.
 */
public final class PlainLanguage {

    public static final List<String> DEFAULT_JARGON = List.of("LAC", "CIN", "CP plan", "s47", "section 47",
            "strategy discussion", "PLO", "TAC", "TAF", "core group", "CAMHS", "SGO", "CSE", "CCE", "DV", "ICPC",
            "RCPC", "LADO", "MASH", "threshold", "safeguarding", "escalate", "step down", "contact");

    /** Verbs of things that can be seen to be done by a date. */
    private static final Set<String> MEASURABLE = Set.of("attend", "visit", "meet", "call", "phone", "ring", "text",
            "email", "write", "send", "book", "arrange", "complete", "refer", "register", "enrol", "apply", "take",
            "collect", "deliver", "hold", "review", "check", "agree", "sign", "provide", "pay", "move", "start",
            "finish", "stop", "test", "assess", "see", "go", "bring", "join", "buy", "open", "fill", "submit",
            "record", "share", "tell", "ask", "talk", "show", "teach", "practise", "chair", "fit", "repair", "clean",
            "measure", "weigh", "screen", "vaccinate", "immunise", "drive", "read", "walk", "cook", "plan", "make",
            "get", "give", "find", "set", "put", "install", "change", "speak", "invite", "transfer", "update");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

    private final List<String> jargon;
    private final List<Pattern> jargonPatterns;

    public PlainLanguage(List<String> jargon) {
        this.jargon = jargon.stream().map(String::strip).filter(j -> !j.isEmpty()).toList();
        this.jargonPatterns = this.jargon.stream()
                .map(j -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(j) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** Whether an action says nothing that can be seen to be done: none of its words is a measurable verb. */
    public static boolean vague(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return false;
        }
        for (String word : WORD.split(description.toLowerCase(Locale.UK))) {
            if (MEASURABLE.contains(word) || MEASURABLE.contains(stem(word))) {
                return false;
            }
        }
        return true;
    }

    private static String stem(String word) {
        for (String ending : List.of("ing", "ed", "es", "s")) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                // "referred", "shopping": a doubled last consonant
                String undoubled = stem.substring(0, stem.length() - 1);
                for (String candidate : List.of(stem, stem + "e", undoubled)) {
                    if (MEASURABLE.contains(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return word;
    }

    /** The jargon terms found in a text, as written in the list. */
    public List<String> jargonIn(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < jargon.size(); i++) {
            if (jargonPatterns.get(i).matcher(text).find()) {
                found.add(jargon.get(i));
            }
        }
        return found;
    }

    /** Every warning for a plan: vague actions, then jargon, field by field. */
    public List<FieldProblem> warnings(PlanContent plan) {
        List<FieldProblem> warnings = new ArrayList<>();
        for (int i = 0; i < plan.outcomes().size(); i++) {
            int index = i;
            jargonWarning(plan.outcomes().get(i))
                    .ifPresent(message -> warnings.add(new FieldProblem(null, index, "outcome", message)));
        }
        for (int i = 0; i < plan.actions().size(); i++) {
            int index = i;
            String description = plan.actions().get(i).description();
            if (vague(description)) {
                warnings.add(FieldProblem.ofAction(i, "description", "Action " + (i + 1)
                        + " is vague: say what will be done, so anyone could see it was done (visit, book, attend...)"));
            }
            jargonWarning(description).ifPresent(message -> warnings.add(FieldProblem.ofAction(index, "description", message)));
        }
        jargonWarning(plan.contingency()).ifPresent(m -> warnings.add(FieldProblem.of("contingency", m)));
        jargonWarning(plan.childViews()).ifPresent(m -> warnings.add(FieldProblem.of("childViews", m)));
        jargonWarning(plan.parentViews()).ifPresent(m -> warnings.add(FieldProblem.of("parentViews", m)));
        return List.copyOf(warnings);
    }

    /** "Families may not understand ..." when the text uses listed jargon. */
    public Optional<String> jargonWarning(@Nullable String text) {
        List<String> found = jargonIn(text);
        return found.isEmpty() ? Optional.empty() : Optional.of("Families may not understand "
                + String.join(", ", found.stream().map(j -> "\"" + j + "\"").toList()) + ": say it in plain words");
    }

    /** What to ask, or look for, to record a child's views at this age. */
    public static String childViewsPrompt(int age) {
        if (age < 5) {
            return "A young child shows their views in how they are. Record what you saw: how they played, "
                    + "behaved and responded to the people around them, and what those who know them best say.";
        }
        if (age < 12) {
            return "Ask in ways that suit them (drawing, the three houses, wishes and feelings cards): what is good, "
                    + "what worries them, what they want to be different. Write their own words.";
        }
        if (age < 16) {
            return "Ask what they want from this plan, what worries them and what they disagree with. Write their "
                    + "own words, and say if they chose not to talk.";
        }
        return "Write their own words: what they want, what they agree with in this plan and what they do not.";
    }
}
