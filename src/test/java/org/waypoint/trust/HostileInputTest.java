package org.waypoint.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.waypoint.IntegrationTest;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.children.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends well over a thousand hostile requests across the API: wrong types, missing fields, huge strings, unicode
 * edge cases, SQL and script injection, impossible and far-off dates, unknown enum values and malformed JSON. No
 * answer may be a 5xx; every 4xx must be a problem detail, and bad input must name the field; the database must be
 * unchanged afterwards (row counts and a checksum of every table but the audit trail, which records reads).
 *
 * <p>Each endpoint's template is refused as it stands (it names something the caller may not use: another team, a
 * service area that does not exist...), and a mutation cannot make it acceptable, so nothing is ever written. A new
 * endpoint joins by adding a template.
 */
@IntegrationTest
class HostileInputTest {

    /** @param user who sends it: "manager", "admin" */
    record Template(String method, String path, String user, String json) {
    }

    static final List<String> HOSTILE_VALUES = List.of(
            "null", "true", "false", "0", "-1", "12345678901234567890123", "1.5e308", "-1.5e308", "0.0000001",
            "\"NaN\"", "[]", "{}", "[1,2,3]", "{\"nested\":{\"deeper\":[1]}}", "\"\"", "\"   \"",
            "\"" + "x".repeat(100_000) + "\"", "\"\\u0000\"", "\"\\u202Egnp.exe\"", "\"\\ud800\"", "\"\\udc00\\ud800\"",
            "\"" + "😀".repeat(60) + "\"", "\"\\u200b\\u200b\"", "\"Zoë Ø'Brien-Ñúñez\"",
            "\"Robert'); DROP TABLE child;--\"", "\"' OR '1'='1\"", "\"1; DELETE FROM staff\"",
            "\"<script>alert(1)</script>\"", "\"<img src=x onerror=alert(1)>\"", "\"javascript:alert(1)\"",
            "\"${jndi:ldap://127.0.0.1/a}\"", "\"#{7*7}\"", "\"../../etc/passwd\"", "\"%00%0d%0a\"",
            "\"=HYPERLINK(\\\"http://x\\\")\"", "\"9999-12-31\"", "\"0000-01-01\"", "\"-999999999-01-01\"",
            "\"+999999999-12-31\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"31/12/2026\"", "\"2026-01-01T25:61:00\"",
            "\"UNKNOWN_VALUE\"", "\"cin\"", "\"SOCIAL WORKER\"", "\"12\"", "\"-0\"", "\"0x10\"",
            "\"Z\u0337\u0327a\u0335l\u0338g\u0336o\u0334\"", "\"\uFFFF\"", "\"\uFEFF\"", "\"\\u0007bell\"",
            "\"line\\nbreak\"", "\"\u00a0\"", "1e2", "-0", "[" + "1,".repeat(10_000) + "1]",
            "\"\\\"; SELECT pg_sleep(5); --\"", "\"<svg onload=alert(1)>\"");

    static final List<String> MALFORMED_BODIES = List.of(
            "", "{", "}", "{\"a\":}", "[1,", "{\"a\":1,}", "NaN", "null", "[]", "\"just a string\"", "12",
            "{\"a\" \"b\"}", "{'single':'quotes'}", "{\"a\":1}{\"b\":2}", "\u0000\u0001\u0002", "<xml/>",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aThousandHostileRequestsChangeNothingAndNeverFailOnOurSide() throws Exception {
        TestCouncil.Unit unit = council.unit();
        TestCouncil.Unit otherTeam = council.unit();
        UUID child = council.child(unit);
        long headOfService = council.headOfService(unit.prefix() + "-hos", Set.of(unit.serviceAreaId()));
        Map<String, String> users = Map.of("manager", unit.manager(), "admin", council.administrator());

        List<Template> templates = List.of(
                // a manager may not register a child in another team
                new Template("POST", "/api/v1/children", "manager", """
                        {"givenName":"Amy","familyName":"Hill","dateOfBirth":"2015-03-04","category":"CIN","teamId":%d}"""
                        .formatted(otherTeam.teamId())),
                // a head of service cannot hold cases
                new Template("PUT", "/api/v1/children/" + child + "/allocation", "manager",
                        "{\"workerId\":" + headOfService + "}"),
                // the service area does not exist
                new Template("POST", "/api/v1/teams", "admin",
                        "{\"name\":\"Fuzz team\",\"serviceAreaId\":987654321,\"safeCaseload\":18}"),
                // two refusals at once, so changing one field never makes it acceptable: the service area does
                // not exist, and the username is taken
                new Template("POST", "/api/v1/staff", "admin", """
                        {"username":"%s","displayName":"Fuzz User","password":"a long enough passphrase",
                         "role":"HEAD_OF_SERVICE","serviceAreaIds":[987654321],"fte":1.0,"qualifiedOn":"2020-01-01"}"""
                        .formatted(unit.worker())),
                // held in the future, and discussing a child who is not the supervisee's
                new Template("POST", "/api/v1/supervision", "manager", """
                        {"superviseeId":%d,"heldOn":"2999-01-01","durationMinutes":60,"reflectiveDiscussion":"Week",
                         "wellbeing":"Well","workload":"Fine","learningAndDevelopment":"None","actions":[],
                         "caseDiscussions":[{"childId":"%s","discussion":"School","decision":"Carry on",
                                             "rationale":"Working","actions":[]}]}"""
                        .formatted(unit.otherWorkerId(), child)));
        // Missing episodes: several refusals in each template, so changing one field never makes it acceptable.
        String episode = existingEpisode(unit.manager(), child);
        List<Template> missing = List.of(
                // in the future, a police reference without a report, found without having returned
                new Template("POST", "/api/v1/children/" + child + "/missing-episodes", "manager", """
                        {"missingFrom":"2099-01-01T10:00:00Z","reportedToPolice":false,"policeReference":"Log 1",
                         "whereFound":"Town"}"""),
                // back before going missing, and a police reference without a report
                new Template("PUT", "/api/v1/missing-episodes/" + episode, "manager", """
                        {"returnedAt":"2000-01-01T00:00:00Z","reportedToPolice":false,"policeReference":"Log 1"}"""),
                // offered and held before the return, by no one on the staff, and never saying whether a
                // strategy discussion is needed (a field no mutation adds)
                new Template("POST", "/api/v1/missing-episodes/" + episode + "/return-interview", "manager", """
                        {"offeredAt":"2000-01-01T00:00:00Z","heldAt":"2000-01-01T01:00:00Z","interviewerId":987654321,
                         "accepted":true,"childsWords":"","places":["Town"],"exploitationIndicators":["CSE"]}"""));
        templates = new ArrayList<>(templates);
        templates.addAll(missing);
        templates.addAll(planTemplates(unit, child));
        templates.addAll(pathwayTemplates(unit));
        // Offline sync: a blank device and a list that is not one, so changing one field never makes it acceptable.
        // Each change inside a sound envelope answers 200 with its own outcome (SyncApiContract).
        templates.add(new Template("POST", "/api/v1/sync", "manager", """
                {"deviceId":"   ","mutations":{"not":"a list"}}"""));
        // A service area has nothing but a name, and any sensible name is welcome: only unreadable bodies here.
        var serviceArea = new Template("POST", "/api/v1/service-areas", "admin", "{}");

        String before = fingerprint();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Template template : templates) {
            sent += check(template, template.json(), "as it stands", users, failures);
            JsonNode base = json.readTree(template.json());
            for (String field : fieldsOf(base)) {
                sent += check(template, without(template.json(), field), "without " + field, users, failures);
                for (String value : HOSTILE_VALUES) {
                    sent += check(template, replaced(template.json(), field, value), field + "=" + abbreviate(value),
                            users, failures);
                }
            }
            for (String body : MALFORMED_BODIES) {
                sent += check(template, body, "body " + abbreviate(body), users, failures);
            }
        }
        for (String body : MALFORMED_BODIES) {
            sent += check(serviceArea, body, "body " + abbreviate(body), users, failures);
        }
        for (String id : List.of("not-a-uuid", "' OR 1=1 --", "%00", "x".repeat(5_000), UUID.randomUUID().toString())) {
            sent += send("GET", "/api/v1/children/" + id, "manager", null, "id", users, failures);
        }
        for (String query : List.of("page=-1", "page=abc", "size=0", "size=100000", "size=1e3",
                "page=99999999999999", "size=%27%20OR%201=1", "page=" + "9".repeat(400))) {
            sent += send("GET", "/api/v1/children?" + query, "manager", null, query, users, failures);
        }
        for (String query : List.of("asOf=yesterday", "asOf=9999-99-99", "asOf=%27%20OR%201=1", "asOf=" + "9".repeat(400),
                "asOf=2026-02-30", "asOf=-1")) {
            sent += send("GET", "/api/v1/oversight/caseloads?" + query, "manager", null, query, users, failures);
            sent += send("GET", "/api/v1/oversight/compliance?" + query, "manager", null, query, users, failures);
            sent += send("GET", "/api/v1/oversight/compliance.csv?" + query, "manager", null, query, users, failures);
        }
        for (String query : List.of("exports/ssda903-missing.csv?year=abc", "exports/ssda903-missing.csv?year=-1",
                "exports/ssda903-missing.csv?year=99999999999", "exports/ssda903-missing.csv?year=" + "9".repeat(400),
                "exports/ssda903-missing.csv", "missing-patterns/shared?days=0", "missing-patterns/shared?days=abc",
                "missing-patterns/shared/instances?kind=PLANET&key=x", "missing-figures/teams?from=2026-02-30&to=x",
                "missing-figures/teams?from=2026-03-01&to=2026-01-01", "missing-figures/interviews?from=x&to=2026-01-01",
                "missing-figures/interviews?from=2026-01-01&to=2026-03-01&teamId=abc",
                "missing-figures/interviews?from=2026-01-01&to=2026-03-01&teamId=" + "9".repeat(400),
                "missing-figures/interviews?from=2026-03-01&to=2026-01-01", "missing-episodes/due?size=0",
                "missing-episodes/not-a-uuid", "children/not-a-uuid/chronology",
                "children/" + child + "/chronology?kind=%27%20OR%201=1",
                "children/" + child + "/chronology?kind=" + "x".repeat(5_000))) {
            sent += send("GET", "/api/v1/" + query, "manager", null, query, users, failures);
        }
        for (String query : List.of("reports/plan-completeness?teamId=abc", "reports/plan-reviews-overdue?teamId=abc",  "reports/plan-completeness?serviceAreaId=-",
                "reports/plan-completeness?teamId=" + "9".repeat(400), "plans/not-a-uuid", "plans/%00",
                "children/not-a-uuid/plans", "pathway-plans/not-a-uuid", "pathway-plans/%00",
                "pathway-plans/" + UUID.randomUUID())) {
            sent += send("GET", "/api/v1/" + query, "manager", null, query, users, failures);
        }
        sent += send("POST", "/api/v1/children", "manager", "plain text, not JSON", "text/plain", users, failures);

        System.out.println("Hostile input: " + sent + " requests sent, " + failures.size() + " failures");
        failures.forEach(System.out::println);
        assertThat(failures).as("responses that broke the rules").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(1_000);
        assertThat(fingerprint()).as("database contents").isEqualTo(before);
    }

    private int check(Template template, String body, String description, Map<String, String> users,
                      List<String> failures) throws Exception {
        return send(template.method(), template.path(), template.user(), body, description, users, failures);
    }

    private int send(String method, String path, String user, String body, String description,
                     Map<String, String> users, List<String> failures) throws Exception {
        var request = request(HttpMethod.valueOf(method), path)
                .with(TestUsers.as(accounts, users.get(user))).with(csrf());
        if (body != null) {
            request.contentType(body.startsWith("plain") ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String label = method + " " + abbreviate(path) + " [" + description + "] -> " + status;
        if (status >= 500) {
            failures.add("5xx: " + label);
        } else if (status < 400) {
            failures.add("accepted: " + label);
        } else if (!String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
            failures.add("not a problem detail: " + label);
        } else if (status == 400 || status == 422) {
            JsonNode errors = json.readTree(response.getContentAsString()).path("errors");
            if (!errors.isArray() || errors.isEmpty() || errors.get(0).path("field").asString("").isBlank()) {
                failures.add("no field named: " + label + " " + abbreviate(response.getContentAsString()));
            }
        }
        return 1;
    }

    /**
     * Plans: several refusals in each template, so changing one field never makes it acceptable. Made by the worker
     * before the database is fingerprinted: a submitted CIN plan with an undated action, and a draft CP plan.
     */
    private List<Template> planTemplates(TestCouncil.Unit unit, UUID child) throws Exception {
        String submitted = plan(unit.worker(), child, "CIN");
        mvc.perform(request(HttpMethod.POST, "/api/v1/plans/" + submitted + "/submit")
                .with(TestUsers.as(accounts, unit.worker())).with(csrf()));
        String draft = plan(unit.worker(), child, "CP");
        return List.of(
                // an owner who is not on the staff, an outcome that is not there, and a review before the start
                new Template("POST", "/api/v1/children/" + child + "/plans", "manager", """
                        {"type":"CLA","outcomes":[{"description":"Settled at school"}],
                         "actions":[{"description":"Visit","ownerStaffId":987654321,"outcomeIndex":3,"dueDate":"2026-01-01"}],
                         "contingency":"Nan's","childViews":"Happy","startedOn":"2026-01-01","nextReviewDate":"2000-01-01"}"""),
                // no If-Match, whatever the body says
                new Template("PUT", "/api/v1/plans/" + draft, "manager", """
                        {"type":"CP","outcomes":[{"description":"Safe"}],"actions":[],"contingency":"Nan's"}"""),
                // the gate refuses (an undated action), whatever the rationale
                new Template("POST", "/api/v1/plans/" + submitted + "/approve", "manager",
                        "{\"rationale\":\"Clear and owned\"}"),
                // a draft cannot be returned, whatever the rationale
                new Template("POST", "/api/v1/plans/" + draft + "/return", "manager", "{\"rationale\":\"Redo it\"}"));
    }

    /**
     * Pathway plans, as plans: a care leaver of the unit with a submitted plan whose matters lack the young person's
     * views, and another with a draft, made before the database is fingerprinted.
     */
    private List<Template> pathwayTemplates(TestCouncil.Unit unit) throws Exception {
        UUID careLeaver = council.child(unit.teamId(), unit.workerId(), Category.CARE_LEAVER,
                java.time.LocalDate.now().minusYears(19));
        String submitted = pathwayPlan(unit.worker(), careLeaver);
        mvc.perform(request(HttpMethod.POST, "/api/v1/pathway-plans/" + submitted + "/submit")
                .with(TestUsers.as(accounts, unit.worker())).with(csrf()));
        String draft = pathwayPlan(unit.worker(), council.child(unit.teamId(), unit.workerId(), Category.CARE_LEAVER,
                java.time.LocalDate.now().minusYears(17)));
        return List.of(
                // the young person has a plan already, an owner who is not on the staff, suitability outside
                // accommodation and a review in 2000
                new Template("POST", "/api/v1/children/" + careLeaver + "/pathway-plans", "manager", """
                        {"sections":{"HEALTH":{"needs":"GP","youngPersonViews":"Fine","suitable":true,
                                               "actions":[{"description":"See the GP","ownerStaffId":987654321,"dueDate":"2026-01-01"}]}},
                         "nextReviewDate":"2000-01-01"}"""),
                // no If-Match, whatever the body says
                new Template("PUT", "/api/v1/pathway-plans/" + draft, "manager", """
                        {"sections":{"IDENTITY":{"needs":"Faith","youngPersonViews":"Proud","actions":[]}}}"""),
                // the gate refuses (no views in nine matters), whatever the rationale
                new Template("POST", "/api/v1/pathway-plans/" + submitted + "/approve", "manager",
                        "{\"rationale\":\"Her own plan\"}"),
                // a draft cannot be returned, whatever the rationale
                new Template("POST", "/api/v1/pathway-plans/" + draft + "/return", "manager", "{\"rationale\":\"Redo it\"}"));
    }

    private String pathwayPlan(String worker, UUID child) throws Exception {
        String body = mvc.perform(request(HttpMethod.POST, "/api/v1/children/" + child + "/pathway-plans")
                        .with(TestUsers.as(accounts, worker)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sections\":{\"HEALTH\":{\"youngPersonViews\":\"I am well\"}}}"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("id").asString();
    }

    private String plan(String worker, UUID child, String type) throws Exception {
        String body = mvc.perform(request(HttpMethod.POST, "/api/v1/children/" + child + "/plans")
                        .with(TestUsers.as(accounts, worker)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"%s","outcomes":[{"description":"Safe"}],
                                 "actions":[{"description":"Visit weekly","owner":"Sam"}],
                                 "contingency":"Nan's","childViews":"Happy"}""".formatted(type)))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("id").asString();
    }

    /** An episode of the unit's child, back twenty hours ago, made before the database is fingerprinted. */
    private String existingEpisode(String manager, UUID child) throws Exception {
        var now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String body = mvc.perform(request(HttpMethod.POST, "/api/v1/children/" + child + "/missing-episodes")
                        .with(TestUsers.as(accounts, manager)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missingFrom\":\"%s\",\"returnedAt\":\"%s\",\"reportedToPolice\":false}"
                                .formatted(now.minusSeconds(30 * 3600), now.minusSeconds(20 * 3600))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("id").asString();
    }

    private static List<String> fieldsOf(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.properties().forEach(e -> fields.add(e.getKey()));
        return fields;
    }

    private String replaced(String template, String field, String value) {
        var node = (tools.jackson.databind.node.ObjectNode) json.readTree(template);
        node.set(field, json.readTree(value));
        return json.writeValueAsString(node);
    }

    private String without(String template, String field) {
        var node = (tools.jackson.databind.node.ObjectNode) json.readTree(template);
        node.remove(field);
        return json.writeValueAsString(node);
    }

    /** Row counts and a digest of every row of every table except the audit trail and sign-in failures. */
    private String fingerprint() throws Exception {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type in ('BASE TABLE', 'TABLE')
                  and table_name not in ('audit_entry', 'login_failure', 'flyway_schema_history')
                order by table_name""", String.class);
        assertThat(tables).contains("child", "staff", "team");
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tables) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Map<String, Object>> rows = jdbc.queryForList("select * from " + table);
            rows.stream().map(Object::toString).sorted().forEach(r -> digest.update(r.getBytes()));
            digests.put(table, rows.size() + ":" + HexFormat.of().formatHex(digest.digest()));
        }
        return digests.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

}
