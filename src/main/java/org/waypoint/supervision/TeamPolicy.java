package org.waypoint.supervision;

/**
 * A team's supervision policy as shown and edited; {@code version} 0 and {@code standard} true while the team
 * follows the defaults.
 */
public record TeamPolicy(long teamId, String teamName, SupervisionPolicy policy, boolean standard, long version) {
}
