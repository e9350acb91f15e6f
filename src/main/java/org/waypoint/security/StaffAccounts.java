package org.waypoint.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a staff account for sign-in. Security reads the staff table directly rather than through the organisation
 * feature, so that every feature (organisation included) can depend on security and not the other way round.
 */
@Service
class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(long id, String username, String displayName, String role, Long teamId, String passwordHash,
                   boolean active) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, username, display_name, role, team_id, password_hash, active
                        from staff where username = :username""")
                .param("username", username.trim().toLowerCase())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getBoolean(7)))
                .list();
        if (rows.isEmpty()) {
            throw new UsernameNotFoundException("No such account");
        }
        Row row = rows.getFirst();
        Set<Long> areas = new HashSet<>(jdbc.sql("select service_area_id from staff_service_area where staff_id = :id")
                .param("id", row.id())
                .query(Long.class)
                .list());
        var user = new CurrentUser(row.id(), row.username(), row.displayName(), Role.valueOf(row.role()), row.teamId(),
                areas);
        return new StaffUserDetails(user, row.passwordHash(), row.active());
    }
}
