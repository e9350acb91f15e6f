package org.waypoint.plans;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, UUID> {

    Optional<Plan> findByChildIdAndPlanType(UUID childId, PlanType type);

    List<Plan> findByChildId(UUID childId);
}
