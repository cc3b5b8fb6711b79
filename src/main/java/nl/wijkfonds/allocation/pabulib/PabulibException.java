package nl.wijkfonds.allocation.pabulib;

/**
 * A .pb file that cannot be read, with the 1-based line where the problem is and what is wrong, e.g.
 * {@code line 12: cost 'abc' of project 7 is not a whole number}. Reading never returns a partial result.
 */
public final class PabulibException extends Exception {

    private final int line;

    public PabulibException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
