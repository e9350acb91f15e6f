package org.waypoint.organisation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.security.PasswordPolicy;
import org.waypoint.security.Role;

/**
 * A new production installation has no accounts, and accounts are made by an administrator. When no active
 * administrator exists, this creates one from {@code WAYPOINT_INITIAL_ADMIN_USERNAME} and
 * {@code WAYPOINT_INITIAL_ADMIN_PASSWORD} (the password rules apply); after that the variables are ignored.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final @Nullable String username;
    private final @Nullable String password;

    InitialAdministrator(StaffRepository staff, PasswordEncoder passwordEncoder,
                         @Value("${waypoint.initial-admin.username:}") @Nullable String username,
                         @Value("${waypoint.initial-admin.password:}") @Nullable String password) {
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (staff.existsByRoleAndActiveTrue(Role.ADMIN)) {
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            log.warn("There is no administrator account. Set WAYPOINT_INITIAL_ADMIN_USERNAME and "
                    + "WAYPOINT_INITIAL_ADMIN_PASSWORD and restart to create the first one.");
            return;
        }
        String name = username.trim().toLowerCase();
        PasswordPolicy.problemWith(password, name).ifPresent(problem -> {
            throw new IllegalStateException("WAYPOINT_INITIAL_ADMIN_PASSWORD is refused: " + problem);
        });
        staff.save(new Staff(name, "Administrator", passwordEncoder.encode(password), Role.ADMIN, null,
                java.util.Set.of(), BigDecimal.ONE, null));
        log.info("Created the first administrator account '{}'.", name);
    }
}
