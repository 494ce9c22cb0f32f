package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.protocol.billing.PriceTable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The price table the platform bills every invocation with. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PriceTableTests {

    private final PriceTable aws = PriceTable.awsX86();

    @Test
    void billedDurationRoundsUpAndAddsTheInitWhenBilled() {
        assertThat(aws.billedMillis(12.01, 0)).isEqualTo(13);
        assertThat(aws.billedMillis(12.0, 0)).isEqualTo(12);
        // init and duration are summed before rounding up, as AWS bills them: ceil(12.3 + 250.1)
        assertThat(aws.billedMillis(12.3, 250.1)).isEqualTo(263);
        assertThat(new PriceTable("no-init", 1, 0, false).billedMillis(12.3, 250.1)).isEqualTo(13);
    }

    @Test
    void costIsGigabyteSecondsTimesRatePlusTheRequestFee() {
        // 1 GB for 1 s is one GB-second
        assertThat(aws.cost(1024, 1000)).isCloseTo(0.0000166667 + 0.0000002, within(1e-12));
        assertThat(aws.cost(512, 100)).isCloseTo(0.05 * 0.0000166667 + 0.0000002, within(1e-12));
    }

    @Test
    void refusesNegativePrices() {
        assertThatThrownBy(() -> new PriceTable("bad", -1, 0, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
