package ai.heyseven.ports.model;

import java.util.List;

/** Turns text into vectors for dense retrieval. */
public interface Embedder {

    /** The length of every vector this embedder returns. */
    int dimensions();

    /** The vector of one text. */
    float[] embed(String text);

    /** The vectors of several texts, in order; implementations batch where they can. */
    List<float[]> embedAll(List<String> texts);
}
