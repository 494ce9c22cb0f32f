package io.fusionize.examples.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PrimeSieveTests {

    @Test
    void countsThePrimesUpToTheEvaluationLimit() {
        assertThat(PrimeSieve.countPrimesUpTo(PrimeSieve.EVALUATION_LIMIT)).isEqualTo(41_538);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,0", "2,1", "3,2", "10,4", "11,5", "100,25", "7919,1000"})
    void countsSmallRanges(int limit, int primes) {
        assertThat(PrimeSieve.countPrimesUpTo(limit)).isEqualTo(primes);
    }

    @Test
    void rejectsANegativeLimit() {
        assertThatThrownBy(() -> PrimeSieve.countPrimesUpTo(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must not be negative, was -1");
    }
}
