package nl.wijkfonds.results;

/** Where a round's count stands. */
public enum ResultState {
    /** An official started the tally; the engine is counting. */
    COUNTING,
    /** The result is stored and signed; it never changes again. */
    COUNTED,
    /** The count stopped with an error; an official may start it again. */
    FAILED
}
