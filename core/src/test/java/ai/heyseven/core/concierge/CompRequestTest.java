package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.Occasion;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A request for a comp, read in four languages; a question about comps is not one. */
class CompRequestTest {

    @Test
    void theAnniversaryRoomRequestNamesTheRoomAndTheOccasion() {
        CompRequest request = CompRequest.read("any chance of a comp on my room? it's our anniversary").orElseThrow();

        assertEquals(Set.of(CompKind.ROOM_NIGHT), request.kinds());
        assertEquals(Optional.of(Occasion.ANNIVERSARY), request.occasion());
        assertEquals(OptionalLong.empty(), request.amount());
    }

    @Test
    void anAmountIsReadWithItsThousandsSeparator() {
        assertEquals(OptionalLong.of(1500), CompRequest.read("Could you comp $1,500 of my suite?").orElseThrow().amount());
        assertEquals(OptionalLong.of(500), CompRequest.read("¿Me pueden dar una cortesía de 500 dólares en la cena?").orElseThrow().amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Can I get a comp on dinner tonight?",
            "Could you comp my room for my birthday?",
            "¿Me pueden dar una cortesía en la habitación? Es nuestro aniversario",
            "Vocês podem me dar uma cortesia no jantar?",
            "Is dinner on the house tonight? Could you do that?",
            "Could I get some free play for the slots?",
            "¿Podrían darnos la cena gratis? Es mi cumpleaños",
            "能不能免费送我们一晚房间？今天是我们的结婚纪念日"})
    void requestsInFourLanguagesAreRead(String message) {
        assertTrue(CompRequest.asks(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "How do comps work?",
            "Can you explain how comps work here?",
            "¿Cómo funcionan las cortesías?",
            "Como funciona a cortesia?",
            "招待怎么运作？",
            "What Italian restaurants do you have?",
            "Can I get free wifi in the lobby?",
            "¿Pueden decirme si el estacionamiento es gratis?",
            "Vocês podem me dizer se o wifi é grátis?",
            "可以免费停车吗？",
            "Can I use my free play on table games?",
            "Is the spa open right now?"})
    void questionsAboutCompsAndOtherQuestionsAreNotRequests(String message) {
        assertFalse(CompRequest.asks(message), message);
    }

    @Test
    void occasionsAreToldApartInEachLanguage() {
        assertEquals(Optional.of(Occasion.BIRTHDAY), CompRequest.occasion("É o meu aniversário!"));
        assertEquals(Optional.of(Occasion.ANNIVERSARY), CompRequest.occasion("nosso aniversário de casamento"));
        assertEquals(Optional.of(Occasion.BIRTHDAY), CompRequest.occasion("mi cumpleaños"));
        assertEquals(Optional.of(Occasion.ANNIVERSARY), CompRequest.occasion("今天是我们的纪念日"));
        assertEquals(Optional.empty(), CompRequest.occasion("just a weekend away"));
    }
}
