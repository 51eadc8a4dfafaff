/** Guest profiles: what a guest told us (or the CRM knows), field by field, per casino; erasable. */
package ai.heyseven.ports.guest;
