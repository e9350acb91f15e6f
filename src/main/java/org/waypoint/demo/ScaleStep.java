package org.waypoint.demo;

import java.util.random.RandomGenerator;

/**
 * One feature's part of a generated large council ({@link ScaleCouncil}): supervision records, missing episodes,
 * and, when they land, plans and pathway plans. A feature adds its rows by declaring one more bean; steps run in
 * their {@code @Order} after the organisation, staff and children exist.
 */
interface ScaleStep {

    /** @param scale 1.0 for ten times a large authority; the step scales its own row count by it */
    void populate(CouncilGenerator.Council council, double scale, RandomGenerator random);
}
