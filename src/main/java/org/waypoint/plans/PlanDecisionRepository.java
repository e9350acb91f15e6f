package org.waypoint.plans;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDecisionRepository extends JpaRepository<PlanDecisionRow, Long> {

    List<PlanDecisionRow> findByVersionIdInOrderByDecidedAtDesc(Collection<UUID> versionIds);
}
