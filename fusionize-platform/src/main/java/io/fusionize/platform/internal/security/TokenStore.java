package io.fusionize.platform.internal.security;

import io.fusionize.platform.StateLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Creates the platform's bearer token on first start and reads it afterwards. */
public final class TokenStore {

    private static final int TOKEN_BYTES = 32;

    private TokenStore() {
    }

    /**
     * Reads {@code STATE/token}, creating it with owner-only permissions (0600) if it is missing.
     *
     * @param stateDir the platform's state directory, which must exist
     * @return the token
     * @throws UncheckedIOException if the file cannot be read or written
     * @throws IllegalStateException if the file exists but is empty
     */
    public static String loadOrCreate(Path stateDir) {
        Path file = StateLayout.tokenFile(stateDir);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String token = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (token.isEmpty()) {
                throw new IllegalStateException("token file " + file + " is empty; delete it to get a new token");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        try {
            // created with 0600 from the start, so the token is never readable by others
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
