package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CarriersTest {
    @Test
    void twoCarriersACoreUnlessTheOperatorChose() {
        assertEquals("4", Carriers.parallelism(null, 2));
        assertEquals("16", Carriers.parallelism(null, 8));
        assertEquals("3", Carriers.parallelism("3", 2), "the operator's choice stands");
    }
}
