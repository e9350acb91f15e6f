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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One member of staff's first hour, through the REST API and one Vaadin view: sign in, see who they are, their
 * caseload or their teams' dashboards, a few children's records; practitioners record one missing episode with an
 * id the device chose, social workers start, edit and submit a plan, and managers approve what their team submitted. A lost session (the node died) means signing in again and carrying on; a save whose
 * answer never came is sent again with the same id, and must be recorded once.
 */
final class Morning {

    private static final Map<String, AtomicInteger> EPISODES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> PLANS = new ConcurrentHashMap<>();
    /** Plans submitted and waiting for their team manager, per team. */
    static final Map<Long, Queue<UUID>> SUBMITTED = new ConcurrentHashMap<>();

    private final String url;
    private final Steps steps;
    private final Queue<UUID> saved;
    private final AtomicInteger signedInAgain;
    private final Queue<UUID> approved;

    Morning(String url, Steps steps, Queue<UUID> saved, Queue<UUID> approved, AtomicInteger signedInAgain) {
        this.url = url;
        this.steps = steps;
        this.saved = saved;
        this.approved = approved;
        this.signedInAgain = signedInAgain;
    }

    /** Runs one morning; errors go to {@link Steps#error}. Returns the node the person ended on. */
    String run(LoadCouncil.Person person, Runnable midway) {
        var client = new Client(url, steps);
        try {
            signIn(client, person);
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
        if (person.role().equals("SOCIAL_WORKER")) {
            plan(client, person);
        }
        step(client, person, () -> {
            client.openView("open My caseload (Vaadin)", "caseload");
            return null;
        });
    }

    /** Starts a plan for the next child, edits it, submits it; the team manager approves it later. */
    private void plan(Client client, LoadCouncil.Person person) {
        int index = PLANS.computeIfAbsent(person.username(), u -> new AtomicInteger()).getAndIncrement()
                % person.children().size();
        UUID child = person.children().get(index);
        // Children were registered CIN, CP, CLA in turn; each gets the plan of its kind.
        String type = List.of("CIN", "CP", "CLA").get(index % 3);
        String[] plan = new String[2];
        step(client, person, () -> ok(client.get("child's plans", "/api/v1/children/" + child + "/plans")));
        // A retry after a lost answer finds the plan (or edit, or submission) already there and carries on from it.
        step(client, person, () -> {
            HttpResponse<String> created = client.send("start a plan", "POST", "/api/v1/children/" + child + "/plans",
                    planBody(type, "Attends school every day"), Map.of());
            if (created.statusCode() == 409) {
                return current(client, child, type, plan);
            }
            if (created.statusCode() != 201) {
                return created;
            }
            plan[0] = Client.JSON.readTree(created.body()).path("id").asString();
            plan[1] = created.headers().firstValue("ETag").orElseThrow();
            return null;
        });
        String edit = "Attends school every day and goes to football on Saturdays";
        step(client, person, () -> {
            HttpResponse<String> edited = client.send("edit the plan", "PUT", "/api/v1/plans/" + plan[0],
                    planBody(type, edit), Map.of("If-Match", plan[1]));
            if (edited.statusCode() == 412) {
                HttpResponse<String> now = current(client, child, type, plan);
                return now != null ? now : state(client, plan).contains(edit) ? null : edited;
            }
            if (edited.statusCode() != 200) {
                return edited;
            }
            plan[1] = edited.headers().firstValue("ETag").orElseThrow();
            return null;
        });
        step(client, person, () -> {
            HttpResponse<String> submitted = client.send("submit the plan", "POST", "/api/v1/plans/" + plan[0] + "/submit",
                    Map.of(), Map.of("If-Match", plan[1]));
            return submitted.statusCode() == 200 || state(client, plan).contains("\"status\":\"SUBMITTED\"") ? null
                    : submitted;
        });
        SUBMITTED.computeIfAbsent(person.teamId(), t -> new ConcurrentLinkedQueue<>()).add(UUID.fromString(plan[0]));
    }

    /** Finds the child's current plan of the type and its ETag; null when found, else the answer that failed. */
    private static HttpResponse<String> current(Client client, UUID child, String type, String[] plan) {
        HttpResponse<String> list = client.get("child's plans", "/api/v1/children/" + child + "/plans");
        if (list.statusCode() != 200) {
            return list;
        }
        for (var version : Client.JSON.readTree(list.body())) {
            if (version.path("type").asString().equals(type) && version.path("current").asBoolean()) {
                plan[0] = version.path("id").asString();
                plan[1] = "\"" + version.path("version").asLong() + "\"";
                return null;
            }
        }
        return list;
    }

    private static String state(Client client, String[] plan) {
        return client.get("open the plan", "/api/v1/plans/" + plan[0]).body();
    }

    /** A whole plan: every gap the approval gate looks for is filled. */
    static Map<String, Object> planBody(String type, String outcome) {
        return Map.of("type", type, "outcomes", List.of(Map.of("description", outcome)),
                "actions", List.of(Map.of("description", "Meet the head of year about attendance",
                        "owner", "Head of year", "dueDate", LocalDate.now().plusDays(14).toString(),
                        "status", "NOT_STARTED", "outcomeIndex", 0)),
                "contingency", "If attendance falls below 90% we meet the family within a week",
                "childViews", "Wants to keep playing football with his friends",
                "parentViews", "Mum agrees and will walk him to school");
    }

    private void manager(Client client, LoadCouncil.Person person, Runnable midway) {
        step(client, person, () -> ok(client.get("team's children (REST)", "/api/v1/children?size=50")));
        step(client, person, () -> ok(client.get("caseload dashboard", "/api/v1/oversight/caseloads")));
        midway.run();
        step(client, person, () -> ok(client.get("supervision dashboard", "/api/v1/oversight/supervision")));
        step(client, person, () -> ok(client.get("interviews due", "/api/v1/missing-episodes/due")));
        Queue<UUID> queue = SUBMITTED.getOrDefault(person.teamId(), new ConcurrentLinkedQueue<>());
        for (UUID plan; (plan = queue.poll()) != null; ) {
            UUID id = plan;
            step(client, person, () -> ok(client.get("open a submitted plan", "/api/v1/plans/" + id)));
            step(client, person, () -> {
                HttpResponse<String> response = client.send("approve a plan", "POST", "/api/v1/plans/" + id + "/approve",
                        Map.of("rationale", "Outcomes are clear and every action has an owner and a date"), Map.of());
                // A retry whose first try was approved before its answer was lost.
                return response.statusCode() == 200 || client.get("open a submitted plan", "/api/v1/plans/" + id)
                        .body().contains("\"status\":\"APPROVED\"") ? null : response;
            });
            approved.add(id);
        }
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
        signIn(client, person);
        HttpResponse<String> wrong = attempt.attempt();
        if (wrong != null) {
            throw new Client.Failure(wrong.uri().getPath() + " answered " + wrong.statusCode() + " after signing in again");
        }
    }

    /** Signs in; a sign-in that got no answer (its node died under it) is tried again, as a person would. */
    private void signIn(Client client, LoadCouncil.Person person) {
        for (int attempt = 1; ; attempt++) {
            try {
                LoadCouncil.check(client.login(person.username(), LoadCouncil.PASSWORD), "signs in");
                return;
            } catch (Client.Failure e) {
                if (attempt == 3) {
                    throw e;
                }
                steps.error("(recovered) " + person.username() + " presses Sign in again after: " + e.getMessage());
            }
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        return response.statusCode() == 200 ? null : response;
    }

    static List<String> realErrors(Steps steps) {
        return steps.errors().stream().filter(e -> !e.startsWith("(recovered)")).toList();
    }
}
