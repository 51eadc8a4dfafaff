/**
 * The Javalin server: {@code POST /v1/chat} as server-sent events or JSON, {@code /live},
 * {@code /health}, API keys, request ids, body limits, and problem+json for every error, mapped in
 * one place ({@link ai.heyseven.adapter.http.HttpProblem}). Handlers run on virtual threads; a turn
 * is cancelled when its client goes away or its time runs out. Also the chat page: each property's
 * own page at {@code /c/{casino_id}} in its branding, the widget a casino's site embeds, and the
 * page's short-lived token. And the host desk's side for staff: sign-in with the casino's identity
 * provider (OpenID Connect code flow with PKCE, on Nimbus's SDK) into a signed stateless session
 * cookie, staff API keys, the case routes, the live queue and a guest's host stream (one poller per
 * instance fanning changes out to bounded subscribers), admin item import and the compliance view.
 */
package ai.heyseven.adapter.http;
