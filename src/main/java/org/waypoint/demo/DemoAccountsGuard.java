package org.waypoint.demo;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile (PostgreSQL), refuses to start while any of the demo accounts exists with the demo
 * password: a copied demo database must never become a live system with well-known passwords.
 */
@Component
@ConditionalOnProperty(name = "waypoint.demo-data", havingValue = "false", matchIfMissing = true)
class DemoAccountsGuard implements SmartInitializingSingleton {

    private static final List<String> DEMO_USERNAMES = List.of("admin", "hos", "tm", "tm2", "sw", "pa");

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    DemoAccountsGuard(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String username : DEMO_USERNAMES) {
            List<String> hashes = jdbc.queryForList("select password_hash from staff where username = ?", String.class,
                    username);
            if (hashes.stream().anyMatch(hash -> passwordEncoder.matches(DemoData.PASSWORD, hash))) {
                throw new IllegalStateException("The account '" + username + "' has the demo password. Demo accounts "
                        + "are not allowed outside the embedded demo database: change its password or remove it.");
            }
        }
    }
}
