package nl.wijkfonds.voting;

import nl.wijkfonds.shared.DomainException;

/**
 * A vote the ballot box would not take, for a reason about the code or the round rather than the choices (those are
 * {@link nl.wijkfonds.shared.InvalidInput}). Nothing was stored or changed.
 */
public class VoteRefused extends DomainException {

    /** Why, with the HTTP status the vote API answers. */
    public enum Reason {
        /** The code does not exist, is mistyped, or does not go with the postcode (one answer for all three). */
        WRONG_CODE(401),
        /** The code has cast its ballot already. */
        USED(409),
        /** The round is not in its voting phase. */
        CLOSED(423),
        /** Too many wrong codes from this client address or for this postcode. */
        THROTTLED(429);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public VoteRefused(Reason reason, String messageKey, String property, Object... arguments) {
        super(messageKey, property, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
