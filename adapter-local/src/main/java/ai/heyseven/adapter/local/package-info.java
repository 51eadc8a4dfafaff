/**
 * In-process adapters for the {@code dev} profile and for embedding: a bounded in-memory checkpoint
 * store, the bundled sample properties as a knowledge store and casino configuration source, and an
 * offline language model that answers from retrieved items without any network.
 */
package ai.heyseven.adapter.local;
