package org.waypoint.supervision;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Looks up the policy in force for teams: their own settings, else the standard. */
@Component
class TeamPolicies {

    private final TeamSupervisionPolicyRepository policies;

    TeamPolicies(TeamSupervisionPolicyRepository policies) {
        this.policies = policies;
    }

    SupervisionPolicy of(long teamId) {
        return policies.findById(teamId).map(TeamSupervisionPolicy::policy).orElse(SupervisionPolicy.LGA_STANDARD);
    }

    /** Only teams with settings of their own; others follow the standard. */
    Map<Long, SupervisionPolicy> own(Collection<Long> teamIds) {
        return policies.findByTeamIdIn(teamIds).stream()
                .collect(Collectors.toMap(TeamSupervisionPolicy::teamId, TeamSupervisionPolicy::policy));
    }
}
