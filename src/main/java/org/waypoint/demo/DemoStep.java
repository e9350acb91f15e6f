package org.waypoint.demo;

/**
 * One feature's part of the demo council (plans, supervision, missing episodes), run in order after the
 * organisation and children exist.
 */
interface DemoStep {

    void populate(CouncilGenerator.Council council);
}
