package io.fusionize.core.setup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compact text form of a setup, for writing setups by hand and reading them in logs.
 *
 * <pre>{@code iot v3: I+CW+SE&CT@512, CS+CSL+CSA@1024, CT@128}</pre>
 *
 * <ul>
 *   <li>Functions are separated by commas. Each starts with its entry task and ends with
 *       {@code @MB}, its memory size.
 *   <li>{@code +T} runs task T inline for sync calls; {@code &T} runs it inline for async calls
 *       (the shell's "run in background" sign). A task inline for both appears with both signs.
 *   <li>The optional header {@code [APP] vN:} names the application and the version; without it
 *       the application comes from the caller and the version is 1.
 *   <li>Task and application names consist of letters, digits and {@code _ - . $}.
 * </ul>
 *
 * <p>{@link #format(Setup)} always writes the header, so that format and parse are lossless both
 * ways.
 */
public final class SetupText {

    private SetupText() {
    }

    /**
     * @param setup a setup
     * @return its text form, with the header
     * @throws IllegalArgumentException when a name cannot be written in the text form
     */
    public static String format(Setup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        return writableName(setup.application()) + " v" + setup.version() + ": "
                + setup.functions().stream().map(SetupText::format).collect(Collectors.joining(", "));
    }

    /**
     * @param function a function of a setup
     * @return its text form, e.g. {@code CA+DJ&AS@1024}
     */
    public static String format(FunctionSpec function) {
        Objects.requireNonNull(function, "function must not be null");
        StringBuilder text = new StringBuilder(writableName(function.entry()));
        function.inlineSync().forEach(task -> text.append('+').append(writableName(task)));
        function.inlineAsync().forEach(task -> text.append('&').append(writableName(task)));
        return text.append('@').append(function.memoryMb()).toString();
    }

    /**
     * @param text a setup in text form whose header names the application
     * @return the setup
     * @throws SetupFormatException when the text is malformed or names no application; the message
     *     gives the 1-based position
     */
    public static Setup parse(String text) {
        return parse(text, null);
    }

    /**
     * @param text a setup in text form, with or without header
     * @param application the application to assume when the header names none; may be
     *     {@code null} when the header always names one
     * @return the setup
     * @throws SetupFormatException when the text is malformed, or its header names another
     *     application; the message gives the 1-based position
     */
    public static Setup parse(String text, String application) {
        Objects.requireNonNull(text, "setup text must not be null");
        return new Parser(text, application).setup();
    }

    private static String writableName(String name) {
        if (name.isEmpty() || !name.chars().allMatch(SetupText::isNameChar)) {
            throw new IllegalArgumentException(
                    "name '" + name + "' cannot be written in the setup text form");
        }
        return name;
    }

    private static boolean isNameChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '$';
    }

    /** A recursive-descent reader over the text, tracking the position for error messages. */
    private static final class Parser {

        private final String text;
        private final String defaultApplication;
        private int position;

        Parser(String text, String defaultApplication) {
            this.text = text;
            this.defaultApplication = defaultApplication;
        }

        Setup setup() {
            skipSpaces();
            if (atEnd()) {
                throw error("setup text is empty");
            }
            String application = defaultApplication;
            int version = 1;
            if (text.indexOf(':') >= 0) {
                Header header = header();
                application = header.application() != null ? header.application() : application;
                version = header.version();
            }
            if (application == null) {
                throw error("setup text names no application; start it with 'APP vN:'");
            }
            return new Setup(application, version, functions());
        }

        private Header header() {
            int start = position;
            String first = name("an application name or a version such as v1");
            skipSpaces();
            if (peek() == ':') {
                position++;
                return new Header(null, versionOf(first, start));
            }
            checkApplication(first, start);
            int versionStart = position;
            String second = name("a version such as v1");
            skipSpaces();
            expect(':', "':' after the version");
            return new Header(first, versionOf(second, versionStart));
        }

        private void checkApplication(String application, int start) {
            if (defaultApplication != null && !defaultApplication.equals(application)) {
                position = start;
                throw error("setup text is for application " + application + ", not "
                        + defaultApplication);
            }
        }

        private int versionOf(String token, int start) {
            if (!token.matches("v\\d{1,9}")) {
                position = start;
                throw error("expected a version such as v1, found '" + token + "'");
            }
            return Integer.parseInt(token.substring(1));
        }

        private List<FunctionSpec> functions() {
            List<FunctionSpec> functions = new ArrayList<>();
            functions.add(function());
            skipSpaces();
            while (!atEnd()) {
                expect(',', "',' between functions");
                functions.add(function());
                skipSpaces();
            }
            return functions;
        }

        private FunctionSpec function() {
            skipSpaces();
            String entry = name("an entry task name");
            Set<String> inlineSync = new LinkedHashSet<>();
            Set<String> inlineAsync = new LinkedHashSet<>();
            skipSpaces();
            while (peek() == '+' || peek() == '&') {
                boolean sync = text.charAt(position++) == '+';
                inline(entry, sync ? inlineSync : inlineAsync, sync ? "sync" : "async");
                skipSpaces();
            }
            expect('@', "'+', '&' or '@MB' after the tasks of function " + entry);
            return new FunctionSpec(entry, memory(), inlineSync, inlineAsync);
        }

        private void inline(String entry, Set<String> inlineSet, String kind) {
            skipSpaces();
            int start = position;
            String task = name("a task name");
            if (!inlineSet.add(task)) {
                position = start;
                throw error(task + " appears twice in the inline " + kind + " set of " + entry);
            }
        }

        private int memory() {
            skipSpaces();
            int start = position;
            while (!atEnd() && Character.isDigit(peek())) {
                position++;
            }
            if (start == position || position - start > 9) {
                position = start;
                throw error("expected the memory size in MB after '@'");
            }
            return Integer.parseInt(text.substring(start, position));
        }

        private String name(String expected) {
            int start = position;
            while (!atEnd() && isNameChar(peek())) {
                position++;
            }
            if (start == position) {
                throw error("expected " + expected + found());
            }
            return text.substring(start, position);
        }

        private void expect(char c, String expected) {
            if (peek() != c) {
                throw error("expected " + expected + found());
            }
            position++;
        }

        private String found() {
            return atEnd() ? ", found the end of the text" : ", found '" + peek() + "'";
        }

        private void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(peek())) {
                position++;
            }
        }

        private char peek() {
            return atEnd() ? '\0' : text.charAt(position);
        }

        private boolean atEnd() {
            return position >= text.length();
        }

        private SetupFormatException error(String message) {
            return new SetupFormatException(
                    "setup text at position " + (position + 1) + ": " + message, 1, position + 1);
        }
    }

    /** The optional header: application (possibly absent) and version. */
    private record Header(String application, int version) {
    }
}
