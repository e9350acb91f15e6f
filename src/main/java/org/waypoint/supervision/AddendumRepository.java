package org.waypoint.supervision;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AddendumRepository extends JpaRepository<Addendum, UUID> {

    List<Addendum> findBySupervisionIdOrderByWrittenAt(UUID supervisionId);

    List<Addendum> findByCaseDiscussionIdInOrderByWrittenAt(Collection<UUID> caseDiscussionIds);
}
