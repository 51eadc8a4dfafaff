/** Readiness checks of the backends, which the server's {@code /health} route reports. */
package ai.heyseven.ports.health;
