package ai.heyseven.ports.model;

/** Receives streamed text; returning {@code false} asks the model to stop streaming. */
@FunctionalInterface
public interface TokenSink {
    boolean accept(String token);
}
