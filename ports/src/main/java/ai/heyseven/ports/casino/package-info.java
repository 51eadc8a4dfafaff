/** The configuration of each property: name, time zone, helpline, languages, feature flags. */
package ai.heyseven.ports.casino;
