package nl.wijkfonds.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wijkfonds.audit.chain.HashChain;
import nl.wijkfonds.platform.Settings;

import java.nio.file.Path;

/** The audit trail's HMAC key, read from (or at first start created in) the key folder. */
@ApplicationScoped
public class TrailKey {

    private byte[] key;

    @PostConstruct
    void load() {
        key = new KeyFiles(Path.of(Settings.keyDirectory())).trailKey();
    }

    String eventMac(String hash) {
        return HashChain.eventMac(key, hash);
    }

    String headMac(long events, long lastEventId, String lastHash) {
        return HashChain.headMac(key, events, lastEventId, lastHash);
    }

    /** For the platform's own check of the trail; never shown or exported. */
    byte[] bytes() {
        return key.clone();
    }
}
