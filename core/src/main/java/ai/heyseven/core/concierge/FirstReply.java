package ai.heyseven.core.concierge;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuestLanguage;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The first reply of a conversation, on every channel, opens by saying the guest talks with an AI
 * assistant (unless the casino's configuration waives it where the law allows): the first text
 * the guest sees carries it in front, and so does every {@code replace} of the turn, so streaming
 * stays append-only and an SMS cut to its segments keeps it. A returning guest is then greeted
 * with what is remembered, after the answer — except on a guardrail or crisis reply, which gets the
 * disclosure alone (no persona, no welcome back), moved behind the reply when the turn is done: the
 * helpline or crisis lines come first, so an SMS cut to its segments never loses them.
 */
final class FirstReply implements Consumer<AgentEvent> {
    private final Consumer<AgentEvent> events;
    private final String opening;
    private final String welcome;
    private final StringBuilder body = new StringBuilder();
    private boolean opened;

    private FirstReply(Consumer<AgentEvent> events, String opening, String welcome) {
        this.events = events;
        this.opening = opening;
        this.welcome = welcome;
    }

    /** {@code events} with the first reply's opening; {@code remembered} is what earlier conversations left in the profile. */
    static Consumer<AgentEvent> disclosing(Consumer<AgentEvent> events, CasinoConfig casino, GuestLanguage language,
            Map<String, String> remembered) {
        String opening = casino.hosting().aiDisclosure() ? Disclosures.disclosure(casino, language) + "\n\n" : "";
        return new FirstReply(events, opening, Disclosures.welcomeBack(remembered, language));
    }

    @Override
    public void accept(AgentEvent event) {
        switch (event) {
            case AgentEvent.Token token -> {
                body.append(token.text());
                events.accept(opened ? token : new AgentEvent.Token(opening + token.text()));
                opened = true;
            }
            case AgentEvent.Replace replace -> {
                opened = true;
                body.setLength(0);
                body.append(replace.text());
                events.accept(new AgentEvent.Replace(opening + replace.text()));
            }
            case AgentEvent.Done done -> {
                if (opened && done.guardrail() != null && !opening.isEmpty()) {
                    events.accept(new AgentEvent.Replace(body + "\n\n" + opening.strip()));
                } else if (opened && done.guardrail() == null && !welcome.isEmpty()) {
                    events.accept(new AgentEvent.Token("\n\n" + welcome));
                }
                events.accept(done);
            }
            default -> events.accept(event);
        }
    }
}
