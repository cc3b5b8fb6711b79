package nl.wijkfonds.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's database account gets, table by table, only what it needs: by default reading and changing
 * rows ({@code SELECT, INSERT, UPDATE, DELETE}); a table whose comment says otherwise, such as
 * {@code [app: SELECT, INSERT]} on the audit trail, gets exactly that. Never DROP (which TRUNCATE needs), ALTER or
 * TRIGGER, so the application cannot empty a table or remove the triggers that guard it. The rights are applied at
 * every start, after the migrations, so a migration that adds a table or changes a comment changes the grants too;
 * the migrations stay the one place the schema is described. The schema's procedures run with the caller's rights
 * ({@code SQL SECURITY INVOKER}), so the application may execute each of them: they can do nothing its tables'
 * rights would not let it do.
 */
final class ApplicationPrivileges {

    static final Set<String> DEFAULT = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");

    /** Every right a table can carry in MariaDB; whatever of these a table should not grant is revoked. */
    private static final List<String> TABLE_RIGHTS = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE",
            "DROP", "ALTER", "INDEX", "TRIGGER", "REFERENCES", "CREATE VIEW", "SHOW VIEW", "DELETE HISTORY");

    private static final Pattern DECLARED = Pattern.compile("\\[app:\\s*([A-Z ,]+)]");
    private static final Logger LOG = Logger.getLogger(ApplicationPrivileges.class.getName());

    private final Connection owner;
    private final String migrationHistory;

    ApplicationPrivileges(Connection owner, String migrationHistory) {
        this.owner = owner;
        this.migrationHistory = migrationHistory;
    }

    /** The account a connection signed in as, quoted for GRANT: {@code 'wijkfonds_app'@'%'}. */
    static String accountOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_user()")) {
            row.next();
            String account = row.getString(1);
            int at = account.lastIndexOf('@');
            return quoted(account.substring(0, at)) + "@" + quoted(account.substring(at + 1));
        }
    }

    /** The rights a table's comment declares for the application, or the default. */
    static Set<String> declaredIn(String comment) {
        Matcher declared = DECLARED.matcher(comment == null ? "" : comment);
        if (!declared.find()) {
            return DEFAULT;
        }
        Set<String> rights = new LinkedHashSet<>();
        for (String right : declared.group(1).split(",")) {
            String name = right.strip();
            if (!DEFAULT.contains(name)) {
                throw new IllegalStateException("the application may only be given " + DEFAULT + ", not " + name);
            }
            rights.add(name);
        }
        return rights;
    }

    void grantTo(String account) throws SQLException {
        Map<String, Set<String>> tables = tables();
        for (Map.Entry<String, Set<String>> table : tables.entrySet()) {
            String name = quotedName(table.getKey());
            // Grant first, then take away the rest: an instance still running never loses a right it keeps.
            execute("grant " + String.join(", ", table.getValue()) + " on " + name + " to " + account);
            List<String> revoked = new ArrayList<>(TABLE_RIGHTS);
            revoked.removeAll(table.getValue());
            execute("revoke " + String.join(", ", revoked) + " on " + name + " from " + account);
        }
        List<String> procedures = procedures();
        for (String procedure : procedures) {
            execute("grant execute on procedure " + procedure + " to " + account);
        }
        LOG.info(() -> "Rights of database account " + account + " set on " + tables.size() + " tables and "
                + procedures.size() + " procedures");
    }

    /** The schema's procedures, each quoted for GRANT; each must run with the caller's rights. */
    private List<String> procedures() throws SQLException {
        List<String> procedures = new ArrayList<>();
        try (PreparedStatement query = owner.prepareStatement("select routine_name, security_type "
                + "from information_schema.routines where routine_schema = database() and routine_type = 'PROCEDURE'"
                + " order by routine_name");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (!"INVOKER".equals(rows.getString(2))) {
                    throw new IllegalStateException("procedure " + rows.getString(1) + " must be SQL SECURITY INVOKER");
                }
                procedures.add(quotedName(rows.getString(1)));
            }
        }
        return procedures;
    }

    private Map<String, Set<String>> tables() throws SQLException {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        try (PreparedStatement query = owner.prepareStatement("select table_name, table_comment "
                + "from information_schema.tables where table_schema = database() and table_type = 'BASE TABLE' "
                + "order by table_name");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (!rows.getString(1).equalsIgnoreCase(migrationHistory)) {
                    tables.put(rows.getString(1), declaredIn(rows.getString(2)));
                }
            }
        }
        return tables;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String quotedName(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String quoted(String part) {
        return "'" + part.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
