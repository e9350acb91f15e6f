package org.waypoint;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.waypoint.common.Dates;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "Waypoint", shortName = "Waypoint", description = "Practice software for children's social care",
        themeColor = "#1d4f91", backgroundColor = "#ffffff", iconPath = "icons/icon.png")
// With the offline React view present Vaadin would split the bundle by route; feature sections add components to
// Flow routes at run time, so every route's dependencies load at start.
@LoadDependenciesOnStartup
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The time, in the council's zone; tests replace it to stand on a boundary date. */
    @Bean
    Clock clock() {
        return Clock.system(Dates.ZONE);
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("Waypoint API").version("v1").description("""
                Integrations and data migration. Authenticate with HTTP Basic (or a browser session with its CSRF \
                token). Errors are RFC 9457 problem details (application/problem+json); bad input lists each failing \
                field in `errors` (400 when the request cannot be read, 422 when the rules refuse it). A record the \
                caller may not see answers 404. Lists are paged with `?page=` (from 0) and `?size=` (1-500, default \
                50); the body is a JSON array and the `X-Total-Count` header holds the total."""));
    }
}
