package org.waypoint.pathway;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathwayPlanRepository extends JpaRepository<PathwayPlan, UUID> {

    Optional<PathwayPlan> findByChildId(UUID childId);
}
