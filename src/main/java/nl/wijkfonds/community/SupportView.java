package nl.wijkfonds.community;

import java.time.Instant;

/**
 * A plan's support as its page shows it: the public count, whether the visitor supports it and may change that,
 * until when support is open (null while the round takes plans, or once closed), the round's threshold (or null),
 * and whether the plan fell short of it.
 */
public record SupportView(long count, boolean supportedByMe, boolean open, boolean mayChange, Instant closesAt,
                          Integer threshold, boolean shortOfSupport) {
}
