/**
 * The bundled embedding model (all-MiniLM-L6-v2, quantized) in process, on ONNX Runtime: dense
 * retrieval with no network and no account; and {@code EmbeddingCache}, the bounded cache of recent
 * questions' vectors that any embedder (this one, Gemini's) is put behind. A module of its own because
 * its native runtime is most of the server's size; an application that needs only the in-memory
 * stores leaves it out.
 */
package ai.heyseven.adapter.embedding;
