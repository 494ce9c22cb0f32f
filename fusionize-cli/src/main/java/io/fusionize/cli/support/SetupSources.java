package io.fusionize.cli.support;

import io.fusionize.api.Application;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupFiles;
import io.fusionize.core.setup.SetupFormatException;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.core.setup.SetupText;
import io.fusionize.core.setup.SetupValidator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the setups that commands accept: the words {@code all-remote} and {@code all-local}, a
 * setup in text form given directly ({@code "I+CW@512, CT@128"}), or a file holding a setup
 * document (JSON) or a setup in text form.
 */
public final class SetupSources {

    /** The word that names the all-remote baseline. */
    public static final String ALL_REMOTE = "all-remote";

    /** The word that names the all-local baseline. */
    public static final String ALL_LOCAL = "all-local";

    private SetupSources() {
    }

    /**
     * @param source {@value #ALL_REMOTE}, {@value #ALL_LOCAL}, a setup in text form, or a file name
     * @param application the application the setup is for
     * @return the setup
     * @throws UserInputException when the file cannot be read
     * @throws io.fusionize.core.setup.SetupFormatException when it is malformed
     */
    public static Setup load(String source, Application application) {
        if (ALL_REMOTE.equals(source)) {
            return SetupGenerators.allRemote(application);
        }
        if (ALL_LOCAL.equals(source)) {
            return SetupGenerators.allLocal(application);
        }
        if (isTextForm(source)) {
            return SetupText.parse(source, application.name());
        }
        return parse(readFile(Path.of(source)), application.name());
    }

    /**
     * @param source what the user gave for a setup
     * @return whether it is a setup in text form rather than a file name: it gives a memory size
     *     ({@code @}) and names no existing file
     */
    static boolean isTextForm(String source) {
        return source.contains("@") && !Files.exists(Path.of(source));
    }

    /**
     * Prints what is allowed in a setup but has no effect, one {@code warning:} line each.
     *
     * @param setup a setup
     * @param application the application it is for
     * @param out where the lines go
     */
    public static void printWarnings(Setup setup, Application application, PrintWriter out) {
        SetupValidator.warnings(setup, application).forEach(warning -> out.println("warning: " + warning));
        out.flush();
    }

    /**
     * @param content a setup document, or a setup in text form
     * @param application the application to assume when a text form names none
     * @return the setup
     */
    public static Setup parse(String content, String application) {
        // A JSON document is an object; the text form never starts with a brace.
        return content.strip().startsWith("{")
                ? SetupJson.parse(content)
                : SetupText.parse(content, application);
    }

    /**
     * @param file a setup file the user named
     * @return its content
     * @throws UserInputException when it cannot be read, or is not UTF-8
     */
    public static String readFile(Path file) {
        try {
            return SetupFiles.readUtf8(file);
        } catch (UncheckedIOException e) {
            throw new UserInputException(e.getCause() instanceof NoSuchFileException ? "no such file: " + file
                    + " (a setup is " + ALL_REMOTE + ", " + ALL_LOCAL + ", a setup in text form or a file)"
                    : "cannot read " + file + ": " + e.getCause().getMessage());
        } catch (SetupFormatException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
