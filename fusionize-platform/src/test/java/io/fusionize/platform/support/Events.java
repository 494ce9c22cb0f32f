package io.fusionize.platform.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Builds test events and reads answers. */
public final class Events {

    private Events() {
    }

    /**
     * @param json an event
     * @return its UTF-8 bytes
     */
    public static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param body an answer body
     * @return it as text
     */
    public static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * @param action the test function's action
     * @return {@code {"action":ACTION}}
     */
    public static byte[] action(String action) {
        return bytes("{\"action\":\"" + action + "\"}");
    }

    /**
     * @param release a file that does not exist yet
     * @return an event on which the test function runs until {@code release} exists
     */
    public static byte[] hold(Path release) {
        return bytes("{\"action\":\"hold\",\"path\":\"" + release.toAbsolutePath() + "\"}");
    }

    /**
     * @param body an answer of the test function that names its process, such as to {@code whoami}
     * @return the process id of the instance that answered
     */
    public static String pid(byte[] body) {
        return text(body).replaceAll(".*\"pid\":(\\d+).*", "$1");
    }
}
