package org.waypoint.supervision;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.common.StaleVersionException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.StaffSummary;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;

/**
 * Each team's supervision policy. Anyone signed in may read it (a worker should know how often they are to be
 * supervised); a head of service sets it for the teams in their service areas.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SupervisionPolicyService {

    private final TeamSupervisionPolicyRepository policies;
    private final SupervisionRepository supervisions;
    private final OrganisationService organisation;
    private final Clock clock;

    SupervisionPolicyService(TeamSupervisionPolicyRepository policies, SupervisionRepository supervisions,
                             OrganisationService organisation, Clock clock) {
        this.policies = policies;
        this.supervisions = supervisions;
        this.organisation = organisation;
        this.clock = clock;
    }

    public TeamPolicy policy(long teamId) {
        TeamSummary team = organisation.team(teamId).orElseThrow(() -> new NotFoundException("Team"));
        return policies.findById(teamId)
                .map(p -> new TeamPolicy(teamId, team.name(), p.policy(), false, p.version()))
                .orElseGet(() -> new TeamPolicy(teamId, team.name(), SupervisionPolicy.LGA_STANDARD, true, 0));
    }

    /**
     * Sets a team's policy and moves the due dates of its supervision records to match, so every figure is
     * counted by the policy in force.
     *
     * @param version the version the editor started from (0 for a team still on the standard)
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.HEAD_OF_SERVICE + "')")
    public TeamPolicy update(long teamId, long version, @Nullable SupervisionPolicy policy) {
        if (!organisation.teamIdsOverseenBy(CurrentUser.get()).contains(teamId)) {
            throw new NotFoundException("Team");
        }
        if (policy == null) {
            throw new InvalidInputException("policy", "Send the team's supervision settings");
        }
        policy.check(new Problems()).throwIfAny();
        TeamSupervisionPolicy stored = policies.findById(teamId).orElseGet(() -> new TeamSupervisionPolicy(teamId));
        if (stored.version() != version) {
            throw new StaleVersionException("This team's supervision policy", stored.version());
        }
        stored.set(policy, CurrentUser.get().staffId(), clock.instant());
        policies.saveAndFlush(stored);
        redate(teamId, policy);
        return policy(teamId);
    }

    private void redate(long teamId, SupervisionPolicy policy) {
        Map<Long, Optional<StaffSummary>> supervisees = new HashMap<>();
        for (SupervisionRepository.DueRow row : supervisions.findDueRowsByTeam(teamId)) {
            var supervisee = supervisees.computeIfAbsent(row.getSuperviseeId(), organisation::staffMember);
            supervisions.setNextDueOn(row.getId(), policy.nextSupervisionDue(row.getHeldOn(),
                    supervisee.map(StaffSummary::qualifiedOn).orElse(null)));
        }
    }
}
