package org.waypoint.scale;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One member of staff's first hour, through the REST API and one Vaadin view: sign in, see who they are, their
 * caseload or their teams' dashboards, a few children's records, and (practitioners) one missing episode recorded
 * with an id the device chose. A lost session (the node died) means signing in again and carrying on; a save whose
 * answer never came is sent again with the same id, and must be recorded once.
 */
final class Morning {

    private static final Map<String, AtomicInteger> EPISODES = new ConcurrentHashMap<>();

    private final String url;
    private final Steps steps;
    private final Queue<UUID> saved;
    private final AtomicInteger signedInAgain;

    Morning(String url, Steps steps, Queue<UUID> saved, AtomicInteger signedInAgain) {
        this.url = url;
        this.steps = steps;
        this.saved = saved;
        this.signedInAgain = signedInAgain;
    }

    /** Runs one morning; errors go to {@link Steps#error}. Returns the node the person ended on. */
    String run(LoadCouncil.Person person, Runnable midway) {
        var client = new Client(url, steps);
        try {
            LoadCouncil.check(client.login(person.username(), LoadCouncil.PASSWORD), "signs in");
            step(client, person, () -> ok(client.get("who am I", "/api/v1/me")));
            switch (person.role()) {
                case "SOCIAL_WORKER", "PERSONAL_ADVISER" -> practitioner(client, person, midway);
                case "TEAM_MANAGER" -> manager(client, person, midway);
                default -> headOfService(client, person, midway);
            }
        } catch (RuntimeException e) {
            steps.error(person.username() + ": " + e.getMessage());
        }
        return client.node();
    }

    private void practitioner(Client client, LoadCouncil.Person person, Runnable midway) {
        step(client, person, () -> ok(client.get("caseload (REST)", "/api/v1/children?size=50")));
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            UUID child = person.children().get(random.nextInt(person.children().size()));
            step(client, person, () -> ok(client.get("child's record", "/api/v1/children/" + child)));
        }
        midway.run();
        // Each morning a different child of theirs goes missing (a child's episodes may not overlap).
        UUID child = person.children().get(EPISODES.computeIfAbsent(person.username(), u -> new AtomicInteger())
                .getAndIncrement() % person.children().size());
        step(client, person, () -> ok(client.get("child's missing episodes", "/api/v1/children/" + child + "/missing-episodes")));
        step(client, person, () -> ok(client.get("interviews due", "/api/v1/missing-episodes/due")));
        UUID episode = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var body = Map.of("id", episode, "missingFrom", now.minus(20, ChronoUnit.HOURS).toString(),
                "returnedAt", now.minus(2, ChronoUnit.HOURS).toString(), "reportedToPolice", true,
                "policeReference", "MP-" + episode.toString().substring(0, 8), "reportedBy", "Foster carer");
        step(client, person, () -> {
            HttpResponse<String> response = client.send("record a missing episode", "POST",
                    "/api/v1/children/" + child + "/missing-episodes", body, Map.of());
            // 409 "already recorded": an earlier try reached the database though its answer was lost.
            if (response.statusCode() != 201 && !(response.statusCode() == 409 && response.body().contains("already"))) {
                return response;
            }
            saved.add(episode);
            return null;
        });
        step(client, person, () -> {
            client.openView("open My caseload (Vaadin)", "caseload");
            return null;
        });
    }

    private void manager(Client client, LoadCouncil.Person person, Runnable midway) {
        step(client, person, () -> ok(client.get("team's children (REST)", "/api/v1/children?size=50")));
        step(client, person, () -> ok(client.get("caseload dashboard", "/api/v1/oversight/caseloads")));
        midway.run();
        step(client, person, () -> ok(client.get("supervision dashboard", "/api/v1/oversight/supervision")));
        step(client, person, () -> ok(client.get("interviews due", "/api/v1/missing-episodes/due")));
        step(client, person, () -> {
            client.openView("open My team (Vaadin)", "team");
            return null;
        });
    }

    private void headOfService(Client client, LoadCouncil.Person person, Runnable midway) {
        step(client, person, () -> ok(client.get("caseload dashboard", "/api/v1/oversight/caseloads")));
        step(client, person, () -> ok(client.get("supervision dashboard", "/api/v1/oversight/supervision")));
        midway.run();
        step(client, person, () -> ok(client.get("supervision overdue", "/api/v1/oversight/supervision/overdue")));
        LocalDate today = LocalDate.now();
        step(client, person, () -> ok(client.get("missing figures", "/api/v1/missing-figures/teams?from="
                + today.minusDays(30) + "&to=" + today)));
        step(client, person, () -> {
            client.openView("open Caseloads dashboard (Vaadin)", "oversight/caseloads");
            return null;
        });
    }

    /** A response that is not what the step wanted, or null when it was. */
    private interface Attempt {
        HttpResponse<String> attempt();
    }

    /**
     * Runs a step; when the session is gone (401, or the view says so) or the node did not answer, signs in again
     * (as a person whose node died is asked to) and tries the step once more. Anything else is an error.
     */
    private void step(Client client, LoadCouncil.Person person, Attempt attempt) {
        String problem;
        try {
            HttpResponse<String> wrong = attempt.attempt();
            if (wrong == null) {
                return;
            }
            if (wrong.statusCode() != 401 && wrong.statusCode() != 502 && wrong.statusCode() != 503) {
                throw new Client.Failure(wrong.request().method() + " " + wrong.uri().getPath() + " answered "
                        + wrong.statusCode() + ": " + Client.abbreviate(wrong.body()));
            }
            problem = "answered " + wrong.statusCode();
        } catch (Client.Failure | tools.jackson.core.JacksonException e) {
            if (e instanceof Client.Failure f && f.getMessage().contains(" answered ")) {
                throw f;
            }
            problem = e.getMessage();
        }
        signedInAgain.incrementAndGet();
        steps.error("(recovered) " + person.username() + " signs in again after: " + problem);
        LoadCouncil.check(client.login(person.username(), LoadCouncil.PASSWORD), "signs in again");
        HttpResponse<String> wrong = attempt.attempt();
        if (wrong != null) {
            throw new Client.Failure(wrong.uri().getPath() + " answered " + wrong.statusCode() + " after signing in again");
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        return response.statusCode() == 200 ? null : response;
    }

    static List<String> realErrors(Steps steps) {
        return steps.errors().stream().filter(e -> !e.startsWith("(recovered)")).toList();
    }
}
