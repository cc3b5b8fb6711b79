package nl.wijkfonds.platform;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the application's database rights are read from the migrations, and how its pool reaches the database. */
class DatabaseAccountsTest {

    @Test
    void tableWithoutDeclarationGetsTheOrdinaryRights() {
        assertEquals(Set.of("SELECT", "INSERT", "UPDATE", "DELETE"), ApplicationPrivileges.declaredIn(""));
        assertEquals(ApplicationPrivileges.DEFAULT, ApplicationPrivileges.declaredIn(null));
    }

    @Test
    void appendOnlyTableGetsExactlyWhatItsCommentDeclares() {
        assertEquals(Set.of("SELECT", "INSERT"),
                ApplicationPrivileges.declaredIn("Append-only audit trail [app: SELECT, INSERT]"));
    }

    @Test
    void declarationCannotHandTheApplicationTheRightToDropOrUnguardATable() {
        assertThrows(IllegalStateException.class, () -> ApplicationPrivileges.declaredIn("[app: SELECT, DROP]"));
        assertThrows(IllegalStateException.class, () -> ApplicationPrivileges.declaredIn("[app: TRIGGER]"));
    }

    @Test
    void applicationPoolNeverAsksToCreateTheDatabase() {
        assertEquals("jdbc:mariadb://127.0.0.1:3306/wf", WijkfondsDataSource.withoutCreatingTheDatabase(
                "jdbc:mariadb://127.0.0.1:3306/wf?createDatabaseIfNotExist=true"));
        assertEquals("jdbc:mariadb://h/wf?a=1&b=2", WijkfondsDataSource.withoutCreatingTheDatabase(
                "jdbc:mariadb://h/wf?a=1&createDatabaseIfNotExist=true&b=2"));
        assertEquals("jdbc:mariadb://h/wf?b=2", WijkfondsDataSource.withoutCreatingTheDatabase(
                "jdbc:mariadb://h/wf?createDatabaseIfNotExist=true&b=2"));
    }
}
