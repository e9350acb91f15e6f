package org.waypoint.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.security.RunAs;

/** Every read and change of a child's record is on the trail, and the trail is searched within scope. */
abstract class AuditTrailContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    AuditService audit;
    @Autowired
    RunAs runAs;

    @Test
    void readingAndAllocatingAChildAreRecordedWithWhoAndThroughWhichDoor() throws Exception {
        TestCouncil.Unit unit = council.unit();
        UUID child = council.child(unit);
        mvc.perform(get("/api/v1/children/" + child).with(TestUsers.as(accounts, unit.worker())))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(TestUsers.as(accounts, unit.manager()))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":" + unit.otherWorkerId() + "}"))
                .andExpect(status().isOk());
        // A refused read is not a read.
        mvc.perform(get("/api/v1/children/" + child).with(TestUsers.as(accounts, unit.worker())))
                .andExpect(status().isNotFound());

        List<AuditEntryView> entries = runAs.user(council.administrator(),
                () -> audit.search(new AuditFilter(child, null, null, null), PageRequest.of(0, 50)));
        assertThat(entries).extracting(AuditEntryView::username, AuditEntryView::action, AuditEntryView::channel)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(unit.worker(), "VIEW", "API"),
                        org.assertj.core.groups.Tuple.tuple(unit.manager(), "ALLOCATE", "API"));
        assertThat(entries).filteredOn(e -> e.username().equals(unit.worker())).hasSize(1);
        assertThat(entries).allSatisfy(e -> assertThat(e.childName()).as("administrators see no names").isNull());
    }

    @Test
    void aHeadOfServiceSearchesOnlyTheirServiceAreasChildren() throws Exception {
        TestCouncil.Unit mine = council.unit();
        TestCouncil.Unit other = council.unit();
        UUID inArea = council.child(mine);
        UUID outside = council.child(other);
        String hos = mine.prefix() + "-hos";
        council.headOfService(hos, Set.of(mine.serviceAreaId()));
        for (var pair : List.of(List.of(mine.worker(), inArea), List.of(other.worker(), outside))) {
            mvc.perform(get("/api/v1/children/" + pair.get(1)).with(TestUsers.as(accounts, (String) pair.get(0))))
                    .andExpect(status().isOk());
        }

        List<AuditEntryView> seen = runAs.user(hos, () -> audit.search(AuditFilter.none(), PageRequest.of(0, 500)));
        assertThat(seen).extracting(AuditEntryView::childId).contains(inArea).doesNotContain(outside);
        assertThat(seen).filteredOn(e -> inArea.equals(e.childId())).allSatisfy(e -> assertThat(e.childName()).isNotNull());
        assertThat(runAs.user(hos, () -> audit.search(new AuditFilter(outside, null, null, null), PageRequest.of(0, 50))))
                .isEmpty();
    }

    @Test
    void theChildsRecordShowsWhoHasLookedAtIt() throws Exception {
        TestCouncil.Unit unit = council.unit();
        UUID child = council.child(unit);
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/children/" + child).with(TestUsers.as(accounts, unit.worker())))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/children/" + child).with(TestUsers.as(accounts, unit.manager())))
                .andExpect(status().isOk());

        List<RecordViewer> viewers = runAs.user(unit.manager(), () -> audit.viewersOf(child));
        assertThat(viewers).extracting(RecordViewer::username, RecordViewer::views)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(unit.worker(), 2L),
                        org.assertj.core.groups.Tuple.tuple(unit.manager(), 1L));
    }
}
