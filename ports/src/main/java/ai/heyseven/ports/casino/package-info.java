/** The configuration of each property: name, time zone, helpline, crisis lines, languages, feature flags. */
package ai.heyseven.ports.casino;
