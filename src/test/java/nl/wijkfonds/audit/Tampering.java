package nl.wijkfonds.audit;

import static nl.wijkfonds.testing.TestDatabase.execute;

/**
 * What only someone with the database's owner rights can do, and the tests do to prove the check catches it:
 * lift a guard trigger, rewrite history, and put everything back afterwards so the other tests see an intact trail.
 */
final class Tampering {

    private Tampering() {
    }

    /** Runs the tampering with the trail's update and delete guards lifted, then restores the guards. */
    static void unguarded(Runnable tampering) {
        execute("drop trigger audit_event_no_update");
        execute("drop trigger audit_event_no_delete");
        try {
            tampering.run();
        } finally {
            for (String kind : new String[]{"update", "delete"}) {
                execute("create trigger audit_event_no_" + kind + " before " + kind + " on audit_event for each row "
                        + "signal sqlstate '45000' set message_text = 'audit_event is append-only'");
            }
        }
    }

    /** Keeps a copy of the trail and its head, runs the tampering, then puts the copy back. */
    static void andRestore(Runnable tampering) {
        execute("create table audit_event_kept as select * from audit_event");
        execute("create table audit_chain_head_kept as select * from audit_chain_head");
        try {
            unguarded(tampering);
        } finally {
            unguarded(() -> {
                execute("delete from audit_event");
                execute("insert into audit_event select * from audit_event_kept");
                execute("delete from audit_chain_head");
                execute("insert into audit_chain_head select * from audit_chain_head_kept");
            });
            execute("drop table audit_event_kept");
            execute("drop table audit_chain_head_kept");
        }
    }
}
