package org.waypoint.scale;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person's browser, at the HTTP level: its own cookies (the session and HAProxy's node cookie), signing in
 * through the login form, the REST API with the session's CSRF token, and Vaadin views opened the way the browser's
 * Flow client opens them (an init request, then a navigation event), so the server builds the same UI state.
 */
final class Client {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final Steps steps;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf = "";
    private int vaadinSyncId;
    private int vaadinClientId;

    Client(String base, Steps steps) {
        this.base = base;
        this.steps = steps;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in through the form; true when the server accepted the password. */
    boolean login(String username, String password) {
        cookies.getCookieStore().removeAll();
        long started = System.nanoTime();
        HttpResponse<String> page = send("login page", HttpRequest.newBuilder(uri("/login")).GET());
        String token = csrfOf(page);
        String form = Map.of("username", username, "password", password, "_csrf", token).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> done = send("login", HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        boolean accepted = done.statusCode() == 302
                && !done.headers().firstValue("Location").orElse("").contains("error");
        if (accepted) {
            // The session id changes on sign-in, and with it the CSRF token the API wants.
            csrf = csrfOf(send("home page", HttpRequest.newBuilder(uri("/")).GET()));
        }
        steps.record("sign in (form, 3 requests)", System.nanoTime() - started);
        return accepted;
    }

    /** Signs out (Spring Security's logout), which ends the session and every UI in it. */
    void logout() {
        HttpResponse<String> response = send("logout", HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
        if (response.statusCode() != 302) {
            throw new Failure("logout answered " + response.statusCode());
        }
    }

    HttpResponse<String> get(String step, String path) {
        return timed(step, HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> send(String step, String method, String path, Object body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return timed(step, request);
    }

    /** Opens a Flow route as the browser does; the UI and its view then live in the node's memory. */
    void openView(String step, String route) {
        long started = System.nanoTime();
        HttpResponse<String> init = send(step, HttpRequest.newBuilder(uri("/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")).GET());
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        int uiId = config.path("v-uiId").asInt();
        String key = config.path("uidl").path("Vaadin-Security-Key").asString();
        vaadinSyncId = config.path("uidl").path("syncId").asInt();
        vaadinClientId = 0;
        var navigate = Map.of("csrfToken", key, "syncId", vaadinSyncId, "clientId", vaadinClientId,
                "rpc", new Object[] {Map.of("type", "event", "node", 1, "event", "ui-navigate",
                        "data", Map.of("route", route, "query", "", "appShellTitle", "",
                                "historyState", Map.of("idx", 0), "trigger", ""))});
        HttpResponse<String> view = send(step, HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(navigate))));
        if (!view.body().contains("\"changes\"") || view.body().contains("Vaadin-Refresh")) {
            throw new Failure(step + ": the view did not open: " + abbreviate(view.body()));
        }
        steps.record(step, System.nanoTime() - started);
    }

    private HttpResponse<String> timed(String step, HttpRequest.Builder request) {
        long started = System.nanoTime();
        HttpResponse<String> response = send(step, request);
        steps.record(step, System.nanoTime() - started);
        return response;
    }

    private HttpResponse<String> send(String step, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Failure(step + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(step + ": interrupted");
        }
    }

    /** Which node HAProxy pinned this browser to ("a" or "b"), once it has answered. */
    String node() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("WAYPOINT_NODE"))
                .map(c -> c.getValue()).findFirst().orElse("?");
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new Failure("no CSRF token on " + page.uri().getPath() + " (" + page.statusCode() + " "
                    + page.headers().firstValue("Location").orElse("") + "): " + abbreviate(page.body()));
        }
        return m.group(1);
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A step that did not get the answer it should have. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }
}
