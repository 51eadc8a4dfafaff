/**
 * The launcher: reads and validates the environment, picks adapters by profile, wires them with
 * plain constructor calls, starts the server and stops it. The one module that sees every adapter.
 */
package ai.heyseven.app;
