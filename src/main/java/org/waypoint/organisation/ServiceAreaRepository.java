package org.waypoint.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceAreaRepository extends JpaRepository<ServiceArea, Long> {

    boolean existsByNameIgnoreCase(String name);

    List<ServiceArea> findAllByOrderByName();
}
