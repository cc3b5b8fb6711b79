package nl.wijkfonds.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.audit.HeadSignature;
import nl.wijkfonds.audit.SignedHeads;
import nl.wijkfonds.audit.Signatures;

import java.util.List;

/** The public page of signed heads and the platform's public key, for auditors and anyone else. */
@Named("publishedHeads")
@RequestScoped
public class PublishedHeadsBean {

    @Inject
    private SignedHeads signedHeads;

    @Inject
    private Signatures signatures;

    private List<HeadSignature> heads;

    public List<HeadSignature> getHeads() {
        if (heads == null) {
            heads = signedHeads.newestFirst();
        }
        return heads;
    }

    public String getPublicKey() {
        return signatures.publicKeyPem();
    }

    public String getFingerprint() {
        return signatures.fingerprint();
    }
}
