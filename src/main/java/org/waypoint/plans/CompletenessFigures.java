package org.waypoint.plans;

import java.util.Map;

/** Counts of plans in each category of the 2019 audit (see {@link Completeness}). */
public record CompletenessFigures(long total, long complete, long allMissing, long someMissing,
                                  long allDatedSomeUnowned, long allOwnedSomeUndated) {

    public static final CompletenessFigures NONE = new CompletenessFigures(0, 0, 0, 0, 0, 0);

    static CompletenessFigures of(Map<Completeness, Long> counts) {
        long complete = counts.getOrDefault(Completeness.COMPLETE, 0L);
        long allMissing = counts.getOrDefault(Completeness.ALL_MISSING, 0L);
        long someMissing = counts.getOrDefault(Completeness.SOME_MISSING, 0L);
        long dated = counts.getOrDefault(Completeness.ALL_DATED_SOME_UNOWNED, 0L);
        long owned = counts.getOrDefault(Completeness.ALL_OWNED_SOME_UNDATED, 0L);
        return new CompletenessFigures(complete + allMissing + someMissing + dated + owned, complete, allMissing,
                someMissing, dated, owned);
    }

    public CompletenessFigures plus(CompletenessFigures o) {
        return new CompletenessFigures(total + o.total, complete + o.complete, allMissing + o.allMissing,
                someMissing + o.someMissing, allDatedSomeUnowned + o.allDatedSomeUnowned,
                allOwnedSomeUndated + o.allOwnedSomeUndated);
    }

    public long count(Completeness category) {
        return switch (category) {
            case COMPLETE -> complete;
            case ALL_MISSING -> allMissing;
            case SOME_MISSING -> someMissing;
            case ALL_DATED_SOME_UNOWNED -> allDatedSomeUnowned;
            case ALL_OWNED_SOME_UNDATED -> allOwnedSomeUndated;
        };
    }
}
