package org.waypoint.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.jspecify.annotations.Nullable;
import org.waypoint.security.Role;

interface StaffRepository extends JpaRepository<Staff, Long> {

    boolean existsByUsername(String username);

    boolean existsByRoleAndActiveTrue(Role role);

    List<Staff> findByTeamIdAndActiveTrueOrderByDisplayName(long teamId);

    List<Staff> findByIdIn(Collection<Long> ids);

    @Query("""
            select s from Staff s
            where (:search is null or lower(s.displayName) like :search or lower(s.username) like :search)
              and (:role is null or s.role = :role)
              and (:teamId is null or s.teamId = :teamId)
              and (:activeOnly = false or s.active = true)""")
    Page<Staff> search(@Nullable String search, @Nullable Role role, @Nullable Long teamId, boolean activeOnly,
                       Pageable pageable);
}
