/** Fleet-wide request limits: every instance asks the same limiter, so scaling out never multiplies a limit. */
package ai.heyseven.ports.ratelimit;
