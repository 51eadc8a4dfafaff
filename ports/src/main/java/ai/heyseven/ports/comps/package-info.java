/**
 * Comps within policy: the casino's player system ({@link ai.heyseven.ports.comps.PlayerTracking}: a
 * known guest's tier, average daily theoretical, trips, points and comp balance) and the casino's comp
 * policy ({@link ai.heyseven.ports.comps.CompPolicySource}: what each tier and theoretical may be
 * offered, occasion multipliers, the amount above which a host must approve). The agent offers
 * exactly what the policy allows for the guest, and nothing to a guest it must not market to.
 */
package ai.heyseven.ports.comps;
