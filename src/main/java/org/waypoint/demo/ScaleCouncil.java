package org.waypoint.demo;

import static org.waypoint.children.Category.CARE_LEAVER;
import static org.waypoint.children.Category.CIN;
import static org.waypoint.children.Category.CLA;
import static org.waypoint.children.Category.CP;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waypoint.children.Category;
import org.waypoint.demo.CouncilShape.Area;
import org.waypoint.demo.CouncilShape.Person;
import org.waypoint.demo.CouncilShape.TeamShape;

/**
 * Fills an empty database (H2 or PostgreSQL) with a council of ten times a large authority, for benchmarks:
 * 8 service areas, 50 teams, about 500 practitioners, 50,000 children of whom 20,000 are open, then each
 * {@link ScaleStep} (about 200,000 plan versions with 1,000,000 actions, 30,000 supervision records, 20,000 missing
 * episodes). Teams differ in size and caseload,
 * and a few children account for most missing episodes, as in a real council. Runs only with
 * {@code waypoint.generate=true} (the {@code generate} Maven profile), then stops the application. Nobody can sign
 * in: every account gets a random password. The head of service over everything is {@code hos}.
 */
@Component
@ConditionalOnProperty(name = "waypoint.generate", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE)
class ScaleCouncil implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScaleCouncil.class);
    /** Teams per service area: a large front door and child-in-need service, smaller specialist ones. */
    private static final int[] TEAMS = {10, 8, 7, 6, 6, 5, 4, 4};
    private static final String[] AREAS = {"Initial Response Service", "Children in Need Service",
            "Child Protection Service", "Children in Care Service", "Children's Disability Service",
            "Permanence Service", "Care Leavers Service", "Fostering Service"};

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final List<ScaleStep> steps;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final double scale;

    ScaleCouncil(JdbcTemplate jdbc, PasswordEncoder encoder, TransactionTemplate transaction, List<ScaleStep> steps,
                 Clock clock, ConfigurableApplicationContext context,
                 @Value("${waypoint.generate.scale:1.0}") double scale) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.transaction = transaction;
        this.steps = steps;
        this.clock = clock;
        this.context = context;
        this.scale = scale;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long staff = jdbc.queryForObject("select count(*) from staff", Long.class);
        if (staff != null && staff > 0) {
            log.error("The database already has {} staff: the generator fills an empty database only.", staff);
            System.exit(SpringApplication.exit(context, () -> 1));
        }
        long started = System.nanoTime();
        var random = new Random(2030);
        var generator = new CouncilGenerator(jdbc, random, LocalDate.now(clock),
                encoder.encode(UUID.randomUUID().toString()));
        CouncilGenerator.Council council = transaction.execute(status -> generator.generate(shape(scale),
                new Person("admin", "Administrator"), new Person("hos", "Head of Service")));
        log.info("Organisation and {} children in {} s", council.children().size(), seconds(started));
        for (ScaleStep step : steps) {
            long stepStarted = System.nanoTime();
            transaction.executeWithoutResult(status -> step.populate(council, scale, random));
            log.info("{} in {} s", step.getClass().getSimpleName(), seconds(stepStarted));
        }
        List<String> tables = List.of("service_area", "team", "staff", "child", "child_allocation", "supervision",
                "case_discussion", "missing_episode", "return_interview", "plan", "plan_version", "plan_action",
                "plan_summary");
        for (String table : tables) {
            log.info("{}: {} rows", table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        // What autovacuum would soon do on a live database: statistics for the planner, and the visibility map
        // that lets index-only scans skip the table. Without it a fresh bulk load benchmarks slower than real life.
        if (jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).equals("PostgreSQL")) {
            tables.forEach(table -> jdbc.execute("vacuum analyze " + table));
        }
        log.info("Council generated in {} s", seconds(started));
        // A one-off job: stop the application (and its web server) once the council is written.
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    /**
     * Ten teams in the largest area down to four; 6 to 14 practitioners a team (about 10); mean caseloads from 38 to
     * 55 (pro rata to FTE) so open cases come to about 20,000; thirteen closed for every ten open: about 50,000 children.
     */
    static CouncilShape shape(double scale) {
        List<Area> areas = new ArrayList<>();
        int n = 0;
        for (int a = 0; a < AREAS.length; a++) {
            List<TeamShape> teams = new ArrayList<>();
            for (int t = 0; t < Math.max(1, Math.round(TEAMS[a] * scale)); t++, n++) {
                int practitioners = 6 + (n * 7) % 9;
                int mean = 38 + (n * 5) % 18;
                boolean leavers = AREAS[a].startsWith("Care Leavers");
                teams.add(new TeamShape(AREAS[a].replace(" Service", "") + " Team " + (t + 1), 40 + (n % 3) * 5,
                        practitioners, leavers, mean, n % 4, n % 5 == 0 ? 3 : 0, weights(a), a == 6 ? 16 : 0, 17,
                        null, List.of()));
            }
            areas.add(new Area(AREAS[a], teams));
        }
        return new CouncilShape(areas, 1300);
    }

    private static Map<Category, Integer> weights(int area) {
        return switch (area) {
            case 0, 1 -> Map.of(CIN, 75, CP, 25);
            case 2 -> Map.of(CP, 80, CIN, 20);
            case 4 -> Map.of(CIN, 75, CLA, 25);
            case 6 -> Map.of(CARE_LEAVER, 85, CLA, 15);
            default -> Map.of(CLA, 100);
        };
    }
}
