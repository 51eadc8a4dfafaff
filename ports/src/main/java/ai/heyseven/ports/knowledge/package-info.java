/**
 * What a property knows about itself (restaurants, shows, rooms, amenities, gaming, promotions,
 * loyalty), as items with their facts, and the store they are read from.
 */
package ai.heyseven.ports.knowledge;
