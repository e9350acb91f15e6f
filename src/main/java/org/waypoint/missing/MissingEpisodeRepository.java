package org.waypoint.missing;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MissingEpisodeRepository extends JpaRepository<MissingEpisode, UUID> {

    List<MissingEpisode> findByChildIdOrderByMissingFromDesc(UUID childId);
}
