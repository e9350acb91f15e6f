package org.waypoint.pathway;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.waypoint.children.Category;

/**
 * Care-leaver status from what the children feature holds: date of birth, the case's category now and the day the
 * case opened. There is no history of periods in care, so "looked after for 13 weeks since 14" is read as the days
 * from the later of the case opening and the 14th birthday to today; a care leaver is taken to have qualified (the
 * worker set the category). See docs/decisions/0020-pathway.md.
 */
public final class CareLeaverRule {

    /** 13 weeks looked after since the 14th birthday (Care Leavers (England) Regulations 2010, reg. 3). */
    static final long QUALIFYING_DAYS = 13 * 7;

    private CareLeaverRule() {
    }

    /**
     * @param wantsSupport whether a young person of 21 to 24 wants support from a personal adviser
     */
    public static CareLeaverStatus status(LocalDate dateOfBirth, Category category, LocalDate openedOn,
                                          boolean wantsSupport, LocalDate today) {
        boolean inCareSystem = category == Category.CLA || category == Category.CARE_LEAVER;
        if (!inCareSystem || today.isBefore(dateOfBirth.plusYears(16))) {
            return CareLeaverStatus.NOT_A_CARE_LEAVER;
        }
        if (!today.isBefore(dateOfBirth.plusYears(25))) {
            return CareLeaverStatus.SUPPORT_ENDED;
        }
        if (!today.isBefore(dateOfBirth.plusYears(21))) {
            return wantsSupport ? CareLeaverStatus.FORMER_RELEVANT : CareLeaverStatus.SUPPORT_NOT_WANTED;
        }
        // Care ends at 18 in law, so a record still saying "looked after" at 18 is read as having left care.
        if (!today.isBefore(dateOfBirth.plusYears(18))) {
            return CareLeaverStatus.FORMER_RELEVANT;
        }
        if (category == Category.CARE_LEAVER) {
            return CareLeaverStatus.RELEVANT;
        }
        LocalDate from = openedOn.isAfter(dateOfBirth.plusYears(14)) ? openedOn : dateOfBirth.plusYears(14);
        return ChronoUnit.DAYS.between(from, today) >= QUALIFYING_DAYS ? CareLeaverStatus.ELIGIBLE
                : CareLeaverStatus.NOT_A_CARE_LEAVER;
    }
}
