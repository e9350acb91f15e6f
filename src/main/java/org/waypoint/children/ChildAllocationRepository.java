package org.waypoint.children;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChildAllocationRepository extends JpaRepository<ChildAllocation, Long> {

    Optional<ChildAllocation> findByChildIdAndValidToIsNull(UUID childId);

    List<ChildAllocation> findByChildIdOrderByValidFromAscIdAsc(UUID childId);
}
