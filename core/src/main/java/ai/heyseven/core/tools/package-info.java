/** The tools the specialist may call: show times from the property's knowledge, a host call-back request. */
package ai.heyseven.core.tools;
