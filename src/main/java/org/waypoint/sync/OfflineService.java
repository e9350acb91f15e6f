package org.waypoint.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.waypoint.children.ChildFilter;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.pathway.CareLeaverStatus;
import org.waypoint.pathway.Matter;
import org.waypoint.pathway.PathwayDetail;
import org.waypoint.pathway.PathwayInput;
import org.waypoint.pathway.PathwayService;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanInput;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.plans.PlanSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;

/**
 * What a device takes away to work with no signal. Every child goes through the feature services, so the reads are
 * checked and audited as on screen; a child the caller may no longer see is left out, and the device drops it.
 */
@Service
@PreAuthorize(Roles.CASE_ROLES)
public class OfflineService {

    /** A tablet's worth: a caseload, and a few more a manager or colleague covers. */
    public static final int MAX_CHILDREN = 60;

    private final ChildService children;
    private final PlanService plans;
    private final PathwayService pathway;
    private final MissingEpisodeService missing;
    private final OrganisationService organisation;
    private final Clock clock;
    private final int keepForHours;

    OfflineService(ChildService children, PlanService plans, PathwayService pathway,
                   MissingEpisodeService missing, OrganisationService organisation, Clock clock,
                   @Value("${waypoint.offline.keep-for-hours:72}") int keepForHours) {
        this.children = children;
        this.plans = plans;
        this.pathway = pathway;
        this.missing = missing;
        this.organisation = organisation;
        this.clock = clock;
        this.keepForHours = keepForHours;
    }

    /** The caller's own open caseload: what a device keeps unless the practitioner chooses otherwise. */
    public List<OfflinePack.Choice> choices() {
        CurrentUser user = CurrentUser.get();
        return children.search(ChildFilter.open().withWorker(user.staffId()),
                        Pageable.unpaged()).getContent().stream()
                .map(c -> new OfflinePack.Choice(c.id(), c.fullName(), c.category().label(), true))
                .toList();
    }

    /** The children asked for (the caller's caseload when none are named), each as the offline screens need it. */
    public OfflinePack pack(Collection<UUID> childIds) {
        if (childIds.size() > MAX_CHILDREN) {
            throw new InvalidInputException("child", "Keep at most " + MAX_CHILDREN + " children on one device");
        }
        Collection<UUID> wanted = childIds.isEmpty() ? choices().stream().map(OfflinePack.Choice::id).toList()
                : new LinkedHashSet<>(childIds);
        List<OfflinePack.Child> kept = new ArrayList<>();
        for (UUID id : wanted) {
            try {
                kept.add(child(children.get(id)));
            } catch (NotFoundException outOfReach) {
                // Left out, unread: the device drops a child it may no longer keep.
            }
        }
        Map<Matter, String> matters = new EnumMap<>(Matter.class);
        Arrays.stream(Matter.values()).forEach(m -> matters.put(m, m.label()));
        CurrentUser user = CurrentUser.get();
        return new OfflinePack(user.username(), user.staffId(), user.displayName(), keepForHours, Instant.now(clock),
                kept, matters, organisation.staffNames(owners(kept)));
    }

    private static Set<Long> owners(List<OfflinePack.Child> kept) {
        Stream<PlanInput.Action> actions = kept.stream().flatMap(c -> Stream.concat(
                c.plans().stream().flatMap(p -> p.content().actions() == null ? Stream.empty() : p.content().actions().stream()),
                c.pathway() == null ? Stream.empty() : c.pathway().sections().values().stream()
                        .flatMap(s -> s.actions() == null ? Stream.empty() : s.actions().stream())));
        return actions.map(PlanInput.Action::ownerStaffId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private OfflinePack.Child child(ChildSummary c) {
        LocalDate today = LocalDate.now(clock);
        CareLeaverStatus status = pathway.status(c.id());
        List<OfflinePack.Plan> current = plans.versionsOf(c.id()).stream()
                .filter(PlanSummary::current)
                .map(s -> plan(plans.get(s.id())))
                .toList();
        OfflinePack.Pathway pathwayPlan = pathway.current(c.id()).map(OfflineService::pathway).orElse(null);
        List<OfflinePack.Episode> episodes = missing.episodesOf(c.id()).stream()
                .filter(e -> e.stillMissing() || e.interviewDue())
                .map(e -> new OfflinePack.Episode(e.id(), e.missingFrom(), e.returnedAt(), e.interviewDueBy()))
                .toList();
        return new OfflinePack.Child(c.id(), c.fullName(), c.ageTextOn(today), c.dateOfBirth(), c.category().label(),
                c.legalStatusText(), c.teamName(), c.allocatedWorkerName(),
                status == CareLeaverStatus.NOT_A_CARE_LEAVER ? null : status.label(), current, pathwayPlan, episodes);
    }

    private static OfflinePack.Plan plan(PlanDetail p) {
        return new OfflinePack.Plan(p.id(), p.type().label(), p.status().label(), editable(p.status()), p.version(),
                PlanInput.of(p.type(), p.content(), p.startedOn()));
    }

    private static OfflinePack.Pathway pathway(PathwayDetail p) {
        PathwayInput input = PathwayInput.of(p.content());
        return new OfflinePack.Pathway(p.id(), p.status().label(), editable(p.status()), p.version(),
                input.sections() == null ? Map.of() : input.sections(), p.content().nextReviewDate());
    }

    /** Only drafts and returned versions are written to; an approved plan needs a new version, made online. */
    private static boolean editable(PlanStatus status) {
        return status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
    }
}
