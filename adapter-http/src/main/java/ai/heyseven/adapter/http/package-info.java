/**
 * The Javalin server: {@code POST /v1/chat} as server-sent events or JSON, {@code /live},
 * {@code /health}, API keys, request ids, body limits, and problem+json for every error, mapped in
 * one place ({@link ai.heyseven.adapter.http.HttpProblem}). Handlers run on virtual threads; a turn
 * is cancelled when its client goes away or its time runs out. Also the chat page: each property's
 * own page at {@code /c/{casino_id}} in its branding, the widget a casino's site embeds, and the
 * page's short-lived token.
 */
package ai.heyseven.adapter.http;
