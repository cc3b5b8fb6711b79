package nl.wijkfonds.allocation;

/**
 * How much the slow allocation tests do. The mutation tests (PIT, {@code mvn -Pmutation verify}) rerun the
 * covering tests for every mutant, so they set {@code -Dwijkfonds.allocation.tests=small}: fewer generated
 * rounds and only the small reference instances. A plain test run does everything.
 */
public final class TestSize {

    private TestSize() {
    }

    public static boolean small() {
        return "small".equals(System.getProperty("wijkfonds.allocation.tests"));
    }

    /** {@code full} normally, {@code small} under mutation testing. */
    public static long pick(long full, long small) {
        return small() ? small : full;
    }
}
