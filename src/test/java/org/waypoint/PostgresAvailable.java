package org.waypoint;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs PostgreSQL tests when a server answers on 127.0.0.1:5432, and says clearly when none does. */
public class PostgresAvailable implements ExecutionCondition {

    /** A schema of this JVM's own, so test runs side by side (CI, developers) never see each other's rows. */
    public static final String SCHEMA = "waypoint_it_" + ProcessHandle.current().pid();

    private static final boolean AVAILABLE = probe();

    private static boolean probe() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return AVAILABLE ? ConditionEvaluationResult.enabled("PostgreSQL answers on 127.0.0.1:5432")
                : ConditionEvaluationResult.disabled("SKIPPED: no PostgreSQL server answers on 127.0.0.1:5432, so the "
                + "PostgreSQL profile was not tested. Start one (trust auth, database 'test') to run these tests.");
    }

    /** Points the application at this run's schema. */
    public static class OwnSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
                    "spring.flyway.schemas=" + SCHEMA).applyTo(context);
        }
    }

    /** Starts each run from an empty schema (whatever an interrupted run left) and drops it when the context closes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DropSchemaAfterwards {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }

        @Bean(destroyMethod = "drop")
        SchemaReset schemaReset(DataSource dataSource) {
            return new SchemaReset(new JdbcTemplate(dataSource));
        }
    }

    record SchemaReset(JdbcTemplate jdbc) {

        void drop() {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
