package ai.heyseven.ports.audit;

/** Where audit entries are kept (Firestore in {@code prod}). */
public interface AuditTrail {

    /**
     * Records one entry durably before returning.
     *
     * @throws AuditTrailException when it could not be recorded (the change is then reported as failed)
     */
    void record(AuditEntry entry);
}
