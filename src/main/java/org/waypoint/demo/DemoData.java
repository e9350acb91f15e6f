package org.waypoint.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty embedded database with the demo council on first start, so the README's one command shows a
 * working council. Runs before the web server opens, so nobody signs in to a half-made council. Only where {@code waypoint.demo-data=true} (the default H2 profile); never with PostgreSQL.
 */
@Component
@ConditionalOnProperty(name = "waypoint.demo-data", havingValue = "true")
class DemoData implements SmartInitializingSingleton {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final List<DemoStep> steps;
    private final Clock clock;

    DemoData(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, TransactionTemplate transaction, List<DemoStep> steps,
             Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Long staff = jdbc.queryForObject("select count(*) from staff", Long.class);
        if (staff != null && staff > 0) {
            log.info("Demo council already in place. Sign in as sw, pa, tm, tm2, hos or admin with password '{}'.",
                    PASSWORD);
            return;
        }
        long started = System.nanoTime();
        var generator = new CouncilGenerator(jdbc, new Random(2026), LocalDate.now(clock),
                passwordEncoder.encode(PASSWORD));
        CouncilGenerator.Council council = transaction.execute(
                status -> generator.generate(DemoCouncil.shape(), DemoCouncil.ADMIN, DemoCouncil.HEAD_OF_SERVICE));
        steps.forEach(step -> step.populate(council));
        log.info("Demo council created in {} ms: {} teams, {} children. Sign in as sw, pa, tm, tm2, hos or admin "
                        + "with password '{}'.", (System.nanoTime() - started) / 1_000_000, council.teams().size(),
                council.children().size(), PASSWORD);
    }
}
