package nl.wijkfonds.testing;

import nl.wijkfonds.platform.WijkfondsDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct reads of the test database, so that tests check what was really stored (or that nothing was). Tests work
 * as the database's owner, who may set up what no page can; {@link #asApplication} tries things with the rights
 * the running application has.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static long count(String sql, Object... parameters) {
        return Long.parseLong(single(sql, parameters));
    }

    /** The first column of the first row, as text (null when there is no row or the value is null). */
    public static String single(String sql, Object... parameters) {
        List<String> rows = column(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static List<String> column(String sql, Object... parameters) {
        return run(sql, parameters, statement -> {
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }

    public static void execute(String sql, Object... parameters) {
        run(sql, parameters, PreparedStatement::execute);
    }

    /** Runs a statement as the application's own database account (not the owner the other methods use). */
    public static void asApplication(String sql) {
        try (Connection connection = applicationConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("as the application: " + e.getMessage(), e);
        }
    }

    /**
     * Ends every connection the application's account holds, as a restart of MariaDB would, and returns how many.
     * An account may end its own connections without further rights.
     */
    public static int dropApplicationConnections() {
        try (Connection connection = applicationConnection();
             Statement statement = connection.createStatement()) {
            List<Long> others = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select id from information_schema.processlist"
                    + " where user = substring_index(current_user(), '@', 1) and id <> connection_id()")) {
                while (rows.next()) {
                    others.add(rows.getLong(1));
                }
            }
            for (long id : others) {
                statement.execute("kill connection " + id);
            }
            return others.size();
        } catch (SQLException e) {
            throw new IllegalStateException("dropping the application's connections: " + e.getMessage(), e);
        }
    }

    /** A connection as the application's own account, over the same address the application's pool uses. */
    private static Connection applicationConnection() throws SQLException {
        return DriverManager.getConnection(
                WijkfondsDataSource.withoutCreatingTheDatabase(env("WIJKFONDS_DB_URL")), env("WIJKFONDS_DB_USER"),
                env("WIJKFONDS_DB_PASSWORD"));
    }

    private interface StatementWork<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private static <T> T run(String sql, Object[] parameters, StatementWork<T> work) {
        try (Connection connection = DriverManager.getConnection(env("WIJKFONDS_DB_URL"),
                env("WIJKFONDS_DB_OWNER_USER"), env("WIJKFONDS_DB_OWNER_PASSWORD"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.apply(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("test database query failed: " + sql, e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the tests with Maven (failsafe sets it)");
        }
        return value;
    }
}
