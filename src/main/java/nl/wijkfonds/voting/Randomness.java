package nl.wijkfonds.voting;

import java.security.SecureRandom;

/** The one source of random numbers for ids, codes, receipts and the order of plans on a ballot. */
final class Randomness {

    static final SecureRandom RANDOM = new SecureRandom();

    private Randomness() {
    }

    static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
