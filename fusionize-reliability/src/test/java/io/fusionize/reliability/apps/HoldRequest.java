package io.fusionize.reliability.apps;

/**
 * What {@code Chain} and {@code Hold} get.
 *
 * @param dir where {@code Hold} writes {@value HoldTask#PID_FILE} and looks for {@value HoldTask#RELEASE_FILE}
 * @param hold whether {@code Hold} waits for the release file
 */
public record HoldRequest(String dir, boolean hold) {
}
