package org.waypoint.plans;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanVersionRepository extends JpaRepository<PlanVersion, UUID> {

    List<PlanVersion> findByPlanIdInOrderByCreatedAtDesc(Collection<UUID> planIds);

    List<PlanVersion> findByPlanIdOrderByVersionNumberDesc(UUID planId);

    /** Approved versions before {@code number}: the reviews held so far, counted without loading the versions. */
    long countByPlanIdAndVersionNumberLessThanAndApprovedAtIsNotNull(UUID planId, int number);
}
