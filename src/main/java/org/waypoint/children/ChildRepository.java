package org.waypoint.children;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChildRepository extends JpaRepository<Child, UUID> {

    @Query("""
            select c from Child c
            where (c.allocatedWorkerId = :staffId or c.teamId in :teamIds)
              and (:search is null or lower(concat(c.givenName, ' ', c.familyName)) like :search)
              and (:teamId is null or c.teamId = :teamId)
              and (:category is null or c.category = :category)
              and (:workerId is null or c.allocatedWorkerId = :workerId)
              and (:unallocatedOnly = false or c.allocatedWorkerId is null)
              and (:includeClosed = true or c.closedOn is null)""")
    Page<Child> search(long staffId, Collection<Long> teamIds, @Nullable String search, @Nullable Long teamId,
                       @Nullable Category category, @Nullable Long workerId, boolean unallocatedOnly,
                       boolean includeClosed, Pageable pageable);

    /** Open cases per worker in a team, counted in the database. */
    @Query("""
            select c.allocatedWorkerId as workerId, count(c) as openCases from Child c
            where c.teamId = :teamId and c.closedOn is null and c.allocatedWorkerId is not null
            group by c.allocatedWorkerId""")
    List<WorkerCount> countOpenByWorkerInTeam(long teamId);

    @Query("select count(c) from Child c where c.teamId = :teamId and c.closedOn is null and c.allocatedWorkerId is null")
    long countUnallocatedInTeam(long teamId);

    interface WorkerCount {
        Long getWorkerId();

        long getOpenCases();
    }
}
