package ai.heyseven.ports.concierge;

/**
 * What a caller asks the agent: one guest turn at a time.
 *
 * <pre>{@code
 * TurnStream turn = concierge.open(new TurnRequest("aurora-palms", "Any sushi tonight?", null, null, "req-1"));
 * turn.run(event -> System.out.println(event));   // blocks; ends with Done or Failure
 * }</pre>
 *
 * <p>{@link #open} validates the request and loads the conversation before anything is sent, so
 * a caller can still answer a rejected request with an error status.
 */
public interface Concierge {

    /**
     * Prepares one turn.
     *
     * @throws TurnRejectedException when the request cannot be served as asked (unknown casino, a
     *     thread that belongs to another casino or guest)
     * @throws TurnInProgressException when another turn of the same conversation is running
     * @throws ai.heyseven.ports.BackendException when a backend needed to load the conversation fails
     */
    TurnStream open(TurnRequest request);

    /** Runs one turn to its end and returns the whole reply; the blocking variant of {@link #open}. */
    TurnReply ask(TurnRequest request);
}
