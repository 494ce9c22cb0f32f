package io.fusionize.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.protocol.billing.Architecture;
import io.fusionize.protocol.billing.PriceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PriceTableTests {

    @Test
    void initAndDurationAreSummedBeforeRoundingUp() {
        PriceTable aws = PriceTable.awsX86();
        assertThat(aws.billedMillis(12.3, 250.1)).isEqualTo(263);
        assertThat(aws.billedMillis(0.4, 0.4)).isEqualTo(1);
        assertThat(aws.billedMillis(3.0, 0)).isEqualTo(3);
    }

    @Test
    void initIsLeftOutWhenNotBilled() {
        PriceTable free = new PriceTable("init-free", 0.0000166667, 0, false);
        assertThat(free.billedMillis(12.3, 250.1)).isEqualTo(13);
    }

    @Test
    void costIsMemoryTimeTimesPricePlusRequestFee() {
        double cost = PriceTable.awsX86().cost(512, 263);
        assertThat(cost).isCloseTo(0.5 * 0.263 * 0.0000166667 + 0.0000002, within(1e-15));
        assertThat(PriceTable.awsX86().costPerInvocation(263, 512)).isCloseTo(cost, within(1e-15));
    }

    @Test
    void armIsCheaperPerGbSecondWithTheSameRequestFee() {
        PriceTable arm = PriceTable.aws(Architecture.ARM64);
        assertThat(arm.usdPerGbSecond()).isLessThan(PriceTable.awsX86().usdPerGbSecond());
        assertThat(arm.usdPerMillionRequests()).isCloseTo(0.20, within(1e-12));
        assertThat(arm.name()).isEqualTo("aws-arm64");
    }

    @Test
    void describeUsesPlainNotation() {
        assertThat(PriceTable.awsX86().describe())
                .isEqualTo("aws-x86: $0.0000166667 per GB-s + $0.2 per 1M requests, init billed");
    }

    @Test
    void negativePricesAreRefused() {
        assertThatThrownBy(() -> new PriceTable("x", -1, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceTable("x", Double.NaN, 0, true)).isInstanceOf(IllegalArgumentException.class);
    }

}
