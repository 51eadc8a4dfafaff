/**
 * The language model and embedder ports, with the request and the structured answers the agent
 * asks of a model. A model sees structured parts (role, history, question, retrieved items, local
 * time) rather than one prompt string, so an offline model can answer from the same request that a
 * remote model renders into a prompt.
 */
package ai.heyseven.ports.model;
