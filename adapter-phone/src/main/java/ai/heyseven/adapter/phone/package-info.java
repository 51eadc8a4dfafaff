/**
 * Where a phone number probably is ({@code PhoneZones}), from libphonenumber's time-zone data, for
 * SMS quiet hours. A module of its own because that data is large.
 */
package ai.heyseven.adapter.phone;
