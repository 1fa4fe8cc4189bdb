package org.misconduct.integrity;

/** Verifies the service's event store against its chain and the checkpoints it published of it. */
public class EventIntegrity {

    private final ChainVerifier verifier;
    private final CheckpointSource checkpoints;

    public EventIntegrity(ChainVerifier verifier, CheckpointSource checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    public IntegrityReport report() {
        Checkpoints published = checkpoints.published();
        ChainVerification verification = verifier.verify(published);
        return new IntegrityReport(verification.events(), published.anchoredThrough(), verification.intact(),
                verification.firstBroken());
    }
}
