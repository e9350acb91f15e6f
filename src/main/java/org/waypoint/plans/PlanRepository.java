package org.waypoint.plans;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, UUID> {

    Optional<Plan> findByChildIdAndPlanType(UUID childId, PlanType type);

    List<Plan> findByChildId(UUID childId);

    /**
     * The plan a version belongs to, its row locked until the transaction ends: saves, submissions and decisions
     * on one plan take turns, on whichever node they arrive. See docs/decisions/0010-plans.md.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.id = (select v.planId from PlanVersion v where v.id = :versionId)")
    Optional<Plan> lockByVersionId(UUID versionId);
}
