/** Bounded waiting shared by the core's nodes and ingestion. */
package ai.heyseven.core.concurrent;
