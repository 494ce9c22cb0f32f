package io.fusionize.platform.internal.security;

import io.fusionize.platform.StateLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Creates the platform's bearer token on first start and reads it afterwards.
 *
 * <p>A new token is written to a temporary file and then moved into place, so the token file is
 * either missing or complete, even when the disk fills up during the write.
 */
public final class TokenStore {

    private static final int TOKEN_BYTES = 32;
    // what a write of a generated token that stopped early leaves behind
    private static final Pattern CUT_SHORT = Pattern.compile("[0-9a-f]{0," + (TOKEN_BYTES * 2 - 1) + "}");

    private final TokenWriter writer;
    private final Consumer<String> notices;

    /**
     * @param writer writes a new token's bytes to a file
     * @param notices receives a line for each token file that had to be replaced
     */
    TokenStore(TokenWriter writer, Consumer<String> notices) {
        this.writer = Objects.requireNonNull(writer, "writer must not be null");
        this.notices = Objects.requireNonNull(notices, "notices must not be null");
    }

    /**
     * Reads {@code STATE/token}, creating it with owner-only permissions (0600) if it is missing,
     * and replacing it, with a warning in the log, if an earlier start left it empty or cut short.
     *
     * @param stateDir the platform's state directory, which must exist
     * @return the token
     * @throws UncheckedIOException if the file cannot be read or written; no token file is left then
     */
    public static String loadOrCreate(Path stateDir) {
        return new TokenStore(TokenWriter.SYNCED, LoggerFactory.getLogger(TokenStore.class)::warn)
                .load(stateDir);
    }

    /** Does the work of {@link #loadOrCreate}. */
    String load(Path stateDir) {
        Path file = StateLayout.tokenFile(stateDir);
        if (!Files.exists(file)) {
            return create(file);
        }
        String token = read(file);
        if (CUT_SHORT.matcher(token).matches()) {
            notices.accept("The token file " + file + " is " + (token.isEmpty() ? "empty" : "incomplete")
                    + ", probably from a start that ran out of disk space; it is replaced by a new token");
            return create(file);
        }
        return token;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file + " (" + describe(e) + ")", e);
        }
    }

    private String create(Path file) {
        String token = newToken();
        Path temporary = null;
        try {
            // created with 0600 from the start, so the token is never readable by others
            temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            writer.write(temporary, (token + "\n").getBytes(StandardCharsets.UTF_8));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return token;
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw new UncheckedIOException("cannot write the token file " + file + " (" + describe(e) + ")", e);
        }
    }

    private static String newToken() {
        byte[] random = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static void deleteQuietly(Path temporary, IOException failure) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException deleteFailure) {
            failure.addSuppressed(deleteFailure);
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
