package org.waypoint.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;

/**
 * "My day": everything due for the signed-in user, from every feature that dates work, earliest first. The items
 * of the children allocated to them, then whatever else each feature has for them ({@link DueItemSource#forMe}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_ROLES)
public class MyDayService {

    private final ChildService children;
    private final ChildAccess access;
    private final List<DueItemSource> sources;
    private final List<HomeFigureSource> figureSources;
    private final Clock clock;

    MyDayService(ChildService children, ChildAccess access, List<DueItemSource> sources,
                 List<HomeFigureSource> figureSources, Clock clock) {
        this.children = children;
        this.access = access;
        this.sources = sources;
        this.figureSources = figureSources;
        this.clock = clock;
    }

    /** The headline figures for a manager's home screen, in order; none for practitioners. */
    public List<HomeFigure> figures() {
        CurrentUser user = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        return figureSources.stream().flatMap(source -> source.figures(user, today).stream())
                .sorted(Comparator.comparingInt(HomeFigure::order)).toList();
    }

    public List<DueItem> myDay() {
        CurrentUser user = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, String> mine = children.search(ChildFilter.open().withWorker(user.staffId()), Pageable.unpaged())
                .stream().collect(Collectors.toMap(ChildSummary::id, ChildSummary::fullName));
        List<DueItem> items = new ArrayList<>();
        if (!mine.isEmpty()) {
            sources.forEach(source -> source.dueItems(mine.keySet(), today).forEach(item -> items.add(
                    item.about() != null || item.childId() == null ? item
                            : new DueItem(item.childId(), item.label(), item.due(), mine.get(item.childId()),
                                    item.detail(), item.link()))));
        }
        CaseScope scope = access.scope();
        sources.forEach(source -> items.addAll(source.forMe(user, scope, today)));
        items.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::label)
                .thenComparing(item -> item.about() == null ? "" : item.about()));
        return items;
    }
}
