/**
 * What a property knows about itself (restaurants, shows, rooms, amenities, gaming, promotions,
 * loyalty), as items with their facts; the store they are kept in; and the driving port through
 * which the CMS changes them.
 */
package ai.heyseven.ports.knowledge;
