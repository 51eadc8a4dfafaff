package ai.heyseven.ports.compliance;

/** Where compliance events are kept (Firestore in {@code prod}). */
public interface ComplianceEvents {

    /**
     * Records one event durably before returning.
     *
     * @throws ComplianceEventsException when it could not be recorded (the turn then fails rather than lose it)
     */
    void record(ComplianceEvent event);
}
