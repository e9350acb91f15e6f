package org.waypoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application in the {@code postgres} profile against the real PostgreSQL at 127.0.0.1:5432, database
 * {@code test}, in a schema of its own that is dropped afterwards. No demo data, as in production. Skipped, with a
 * message saying why, only when no PostgreSQL server answers there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
@SpringBootTest(properties = {
        "spring.datasource.username=postgres",
        "spring.datasource.password=",
        "spring.flyway.clean-disabled=false"
})
@ContextConfiguration(initializers = PostgresAvailable.OwnSchema.class)
@AutoConfigureMockMvc
@Import(PostgresAvailable.DropSchemaAfterwards.class)
public @interface PostgresIntegrationTest {
}
