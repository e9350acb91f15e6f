package org.waypoint.pathway;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathwayDecisionRepository extends JpaRepository<PathwayDecisionRow, Long> {

    List<PathwayDecisionRow> findByVersionIdOrderByDecidedAtDesc(UUID versionId);
}
