package nl.wijkfonds.shared;

import jakarta.json.spi.JsonProvider;

/**
 * Jakarta JSON, looked up once. Each static {@code jakarta.json.JSON.createX} call looks its provider up again
 * through the ServiceLoader, which scans the class path under a lock: under load the vote API spent most of its time
 * waiting there (docs/voting.md).
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
