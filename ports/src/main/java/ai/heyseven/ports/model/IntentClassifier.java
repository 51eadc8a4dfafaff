package ai.heyseven.ports.model;

/**
 * Classifies a message without a model. The agent's deterministic keyword router implements it;
 * an offline language model may use it to answer {@link RouteDecision} requests.
 */
@FunctionalInterface
public interface IntentClassifier {
    RouteDecision classify(String message);
}
