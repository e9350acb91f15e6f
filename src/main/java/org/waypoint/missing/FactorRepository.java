package org.waypoint.missing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FactorRepository extends JpaRepository<Factor, Long> {

    List<Factor> findAllByOrderByKindAscPositionAscIdAsc();

    boolean existsByCode(String code);

    @Query("select coalesce(max(f.position), 0) from Factor f where f.kind = :kind")
    int lastPosition(FactorKind kind);
}
