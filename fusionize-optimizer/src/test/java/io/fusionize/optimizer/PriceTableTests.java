package io.fusionize.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.protocol.billing.PriceTable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PriceTableTests {

    @Test
    void pricesOneGigabyteSecondPlusTheRequestFee() {
        double cost = PriceTable.awsX86().costPerInvocation(1000, 1024);

        assertThat(cost).isCloseTo(0.0000166667 + 0.0000002, within(1e-15));
    }

    @Test
    void scalesWithMemoryAndDuration() {
        PriceTable memoryOnly = new PriceTable("memory-only", 1.0, 0, true);

        assertThat(memoryOnly.costPerInvocation(500, 512)).isEqualTo(0.25);
    }

    @Test
    void refusesNegativePrices() {
        assertThatThrownBy(() -> new PriceTable("negative", -1, 0, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
