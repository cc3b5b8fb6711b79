package nl.wijkfonds.round;

/**
 * The stages a round goes through, in order. Until voting opens an official may step back (say, to reopen
 * submission); from voting on a round only moves forward, because ballots have been cast against its set-up.
 */
public enum Phase {
    DRAFT, SUBMISSION, REVIEW, VOTING, TALLYING, RESULTS, REALISATION, CLOSED;

    /** The phases that have a planned start date: all but the draft, which starts when the round is created. */
    public static final java.util.List<Phase> SCHEDULED = java.util.List.of(
            SUBMISSION, REVIEW, VOTING, TALLYING, RESULTS, REALISATION, CLOSED);

    public boolean isBefore(Phase other) {
        return ordinal() < other.ordinal();
    }

    public boolean votingHasOpened() {
        return !isBefore(VOTING);
    }

    /** The next phase, or this one when the round is closed. */
    public Phase next() {
        return this == CLOSED ? CLOSED : values()[ordinal() + 1];
    }

    /** The phase before this one, or this one for the draft. */
    public Phase previous() {
        return this == DRAFT ? DRAFT : values()[ordinal() - 1];
    }

    public String messageKey() {
        return "phase." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
