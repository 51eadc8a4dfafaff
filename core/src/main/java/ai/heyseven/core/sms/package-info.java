/**
 * The SMS channel's rules, each a unit on one screen: keywords (STOP, HELP, START in four
 * languages), the reply's shape (plain text in at most N segments), quiet hours.
 */
package ai.heyseven.core.sms;
