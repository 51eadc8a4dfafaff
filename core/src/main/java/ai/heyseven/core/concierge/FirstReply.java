package ai.heyseven.core.concierge;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuestLanguage;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The first reply of a conversation, on every channel, opens by saying the guest talks with an AI
 * assistant (unless the casino's configuration waives it where the law allows), and greets a
 * returning guest with what is remembered. The reply's text is followed as it streams; when the
 * turn is done it is sent again whole with the opening in front (a {@code replace}), so an SMS cut
 * to its segments keeps the disclosure. A guardrail or crisis reply gets the plain disclosure only:
 * no persona, no welcome back.
 */
final class FirstReply implements Consumer<AgentEvent> {
    private final Consumer<AgentEvent> events;
    private final CasinoConfig casino;
    private final GuestLanguage language;
    private final Map<String, String> remembered;
    private final StringBuilder text = new StringBuilder();

    private FirstReply(Consumer<AgentEvent> events, CasinoConfig casino, GuestLanguage language, Map<String, String> remembered) {
        this.events = events;
        this.casino = casino;
        this.language = language;
        this.remembered = remembered;
    }

    /** {@code events} with the first reply's opening; {@code remembered} is what earlier conversations left in the profile. */
    static Consumer<AgentEvent> disclosing(Consumer<AgentEvent> events, CasinoConfig casino, GuestLanguage language,
            Map<String, String> remembered) {
        return new FirstReply(events, casino, language, remembered);
    }

    @Override
    public void accept(AgentEvent event) {
        switch (event) {
            case AgentEvent.Token token -> text.append(token.text());
            case AgentEvent.Replace replace -> {
                text.setLength(0);
                text.append(replace.text());
            }
            case AgentEvent.Done done -> {
                String opening = opening(done.guardrail() == null);
                if (!opening.isEmpty() && !text.isEmpty()) {
                    events.accept(new AgentEvent.Replace(opening + "\n\n" + text));
                }
            }
            default -> { }
        }
        events.accept(event);
    }

    /** The words in front of the first reply: the disclosure, and for a returning guest what is remembered. */
    String opening(boolean asPersona) {
        String disclosure = !casino.hosting().aiDisclosure() ? ""
                : asPersona ? Disclosures.persona(casino, language) : Disclosures.plain(language);
        String welcome = asPersona ? Disclosures.welcomeBack(remembered, language) : "";
        return (disclosure + (disclosure.isEmpty() || welcome.isEmpty() ? "" : " ") + welcome).strip();
    }
}
