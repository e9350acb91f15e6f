package org.waypoint.scale;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * A council made through the REST API by its administrator, as a council migrating its records would: service
 * areas, teams, a manager and practitioners per team, one head of service over everything, children registered and
 * allocated. Modest on purpose; the morning's load comes from how many of them sign in at once.
 */
final class LoadCouncil {

    static final String PASSWORD = "a quiet morning in the office";

    record Person(String username, String role, long id, long teamId, List<UUID> children) {
    }

    final List<Person> people = Collections.synchronizedList(new ArrayList<>());
    final List<Long> teamIds = new ArrayList<>();

    /** areas x teamsPerArea teams; each team a manager and {@code practitioners} workers with {@code cases} each. */
    static LoadCouncil create(String url, int areas, int teamsPerArea, int practitioners, int cases)
            throws Exception {
        var council = new LoadCouncil();
        var steps = new Steps();
        var admin = new Client(url, steps);
        check(admin.login(TwoNodes.ADMIN, TwoNodes.ADMIN_PASSWORD), "administrator signs in");
        List<Long> areaIds = new ArrayList<>();
        for (int a = 1; a <= areas; a++) {
            areaIds.add(idOf(admin.send("seed", "POST", "/api/v1/service-areas", Map.of("name", "Area " + a), Map.of())));
            for (int t = 1; t <= teamsPerArea; t++) {
                council.teamIds.add(idOf(admin.send("seed", "POST", "/api/v1/teams",
                        Map.of("name", "Team " + a + "." + t, "serviceAreaId", areaIds.getLast(), "safeCaseload", 18),
                        Map.of())));
            }
        }
        council.people.add(new Person("hos1", "HEAD_OF_SERVICE", idOf(admin.send("seed", "POST", "/api/v1/staff",
                staff("hos1", "HEAD_OF_SERVICE", null, areaIds), Map.of())), 0, List.of()));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> teams = new ArrayList<>();
            for (long teamId : council.teamIds) {
                teams.add(pool.submit(() -> {
                    council.seedTeam(url, teamId, practitioners, cases);
                    return null;
                }));
            }
            for (Future<?> team : teams) {
                team.get();
            }
        }
        return council;
    }

    private void seedTeam(String url, long teamId, int practitioners, int cases) {
        var admin = new Client(url, new Steps());
        check(admin.login(TwoNodes.ADMIN, TwoNodes.ADMIN_PASSWORD), "administrator signs in");
        // Care leavers' teams (every fourth) have personal advisers; the rest social workers.
        boolean careLeavers = teamId % 4 == 0;
        String manager = "tm" + teamId;
        people.add(new Person(manager, "TEAM_MANAGER",
                idOf(admin.send("seed", "POST", "/api/v1/staff", staff(manager, "TEAM_MANAGER", teamId, List.of()),
                        Map.of())), teamId, List.of()));
        for (int w = 1; w <= practitioners; w++) {
            String username = (careLeavers ? "pa" : "sw") + teamId + "x" + w;
            String role = careLeavers ? "PERSONAL_ADVISER" : "SOCIAL_WORKER";
            long workerId = idOf(admin.send("seed", "POST", "/api/v1/staff", staff(username, role, teamId, List.of()),
                    Map.of()));
            List<UUID> children = new ArrayList<>();
            for (int c = 0; c < cases + (w == 1 ? 3 : 0); c++) {
                HttpResponse<String> child = admin.send("seed", "POST", "/api/v1/children", Map.of(
                        "givenName", "Child" + c, "familyName", "Family" + teamId + "x" + w,
                        "dateOfBirth", LocalDate.of(careLeavers ? 2006 : 2014, 1 + c % 12, 1 + c % 28).toString(),
                        "category", careLeavers ? "CARE_LEAVER" : List.of("CIN", "CP", "CLA").get(c % 3),
                        "teamId", teamId), Map.of());
                check(child.statusCode() == 201, "child registered: " + child.body());
                UUID id = UUID.fromString(Client.JSON.readTree(child.body()).path("id").asString());
                // The first worker's three extra children stay unallocated, for the dashboard's "unallocated".
                if (c < cases) {
                    HttpResponse<String> allocated = admin.send("seed", "PUT", "/api/v1/children/" + id + "/allocation",
                            Map.of("workerId", workerId), Map.of());
                    check(allocated.statusCode() == 200, "child allocated: " + allocated.body());
                    children.add(id);
                }
            }
            people.add(new Person(username, role, workerId, teamId, children));
        }
    }

    List<Person> withRole(String role) {
        return people.stream().filter(p -> p.role().equals(role)).toList();
    }

    private static Map<String, Object> staff(String username, String role, Long teamId, List<Long> areas) {
        var body = new java.util.HashMap<String, Object>(Map.of("username", username, "displayName",
                "Staff " + username, "password", PASSWORD, "role", role, "serviceAreaIds", areas, "fte", 1.0,
                "qualifiedOn", "2018-09-01"));
        if (teamId != null) {
            body.put("teamId", teamId);
        }
        return body;
    }

    private static long idOf(HttpResponse<String> response) {
        check(response.statusCode() == 201, "created: " + response.statusCode() + " " + response.body());
        JsonNode body = Client.JSON.readTree(response.body());
        return body.path("id").asLong();
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new Client.Failure(what);
        }
    }
}
