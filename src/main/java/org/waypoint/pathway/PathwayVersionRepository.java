package org.waypoint.pathway;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathwayVersionRepository extends JpaRepository<PathwayVersion, UUID> {

    List<PathwayVersion> findByPlanIdOrderByVersionNumberDesc(UUID planId);
}
