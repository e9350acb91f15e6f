package org.waypoint.missing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnInterviewRepository extends JpaRepository<ReturnInterview, UUID> {

    Optional<ReturnInterview> findByEpisodeId(UUID episodeId);

    List<ReturnInterview> findByEpisodeIdIn(Collection<UUID> episodeIds);

    boolean existsByEpisodeId(UUID episodeId);
}
