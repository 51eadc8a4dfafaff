/** A guest's data rights: the CCPA erase across every store that holds the guest's data. */
package ai.heyseven.core.privacy;
