package org.waypoint.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    boolean existsByServiceAreaIdAndNameIgnoreCase(long serviceAreaId, String name);

    List<Team> findAllByOrderByName();

    @Query("select t.id from Team t where t.serviceAreaId in :areaIds")
    List<Long> findIdsByServiceAreaIdIn(Collection<Long> areaIds);
}
