package io.fusionize.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SetupDiffTests {

    @Test
    void describesInliningAndMemoryChanges() {
        Setup before = SetupText.parse("iot v1: CA&AS@1024, DJ@512, CT@128");
        Setup after = SetupText.parse("iot v2: CA+DJ@1024, DJ@512, CT@1024");

        assertThat(SetupDiff.between(before, after).changes()).containsExactly(
                "inline DJ into CA", "make AS remote from CA (async)", "CT: 128 → 1024 MB");
    }

    @Test
    void describesAddedAndRemovedFunctions() {
        Setup before = SetupText.parse("iot v1: I@512, Y@128");
        Setup after = SetupText.parse("iot v2: I@512, X+Z@256");

        assertThat(SetupDiff.between(before, after).changes()).containsExactly(
                "remove function Y", "add function X (256 MB)", "inline Z into X");
    }

    @Test
    void makingATaskRemoteIsSaidInWords() {
        Setup before = SetupText.parse("iot v1: CA+DJ@1024");
        Setup after = SetupText.parse("iot v2: CA@1024");

        assertThat(SetupDiff.between(before, after)).hasToString("make DJ remote from CA");
    }

    @Test
    void ignoresTheVersion() {
        Setup setup = SetupText.parse("iot v1: I+CW@512");
        SetupDiff diff = SetupDiff.between(setup, setup.withVersion(9));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff).hasToString("no changes");
    }

    @Test
    void refusesSetupsOfDifferentApplications() {
        assertThatThrownBy(() -> SetupDiff.between(SetupText.parse("iot v1: I@512"), SetupText.parse("tree v1: A@512")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot compare setups of different applications: iot and tree");
    }
}
