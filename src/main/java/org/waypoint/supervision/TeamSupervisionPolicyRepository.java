package org.waypoint.supervision;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamSupervisionPolicyRepository extends JpaRepository<TeamSupervisionPolicy, Long> {

    List<TeamSupervisionPolicy> findByTeamIdIn(Collection<Long> teamIds);
}
