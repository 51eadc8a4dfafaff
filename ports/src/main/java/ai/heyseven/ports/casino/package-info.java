/** The configuration of each property: name, time zone, helpline, crisis lines, languages, feature flags, and its chat page's branding. */
package ai.heyseven.ports.casino;
