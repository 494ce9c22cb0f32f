package io.fusionize.deploy.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Replays recorded arrival times read from CSV.
 *
 * <p>Format: one request per line; the first column is its timestamp in milliseconds (decimals
 * allowed, epoch or relative); other columns are ignored. Timestamps must not decrease. Blank
 * lines and lines starting with {@code #} are skipped, and the first line may be a header named
 * {@code timestamp}, {@code timestamp_ms}, {@code time_ms} or {@code offset_ms}. Send times are
 * the timestamps minus the first one.
 */
public final class ReplayProfile implements LoadProfile {

    private static final Set<String> HEADERS = Set.of("timestamp", "timestamp_ms", "time_ms", "offset_ms");
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final String source;
    private final long[] offsetsNanos;

    private ReplayProfile(String source, long[] offsetsNanos) {
        this.source = source;
        this.offsetsNanos = offsetsNanos;
    }

    /**
     * @param file a CSV file of timestamps
     * @return the replay of its timestamps
     * @throws ReplayFormatException when a line is not a valid timestamp
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ReplayProfile fromCsv(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read replay file " + file, e);
        }
    }

    /**
     * @param source a name for the text, used in error messages
     * @param csv the CSV text
     * @return the replay of its timestamps
     * @throws ReplayFormatException when a line is not a valid timestamp
     */
    public static ReplayProfile parse(String source, String csv) {
        try {
            return parse(source, new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReplayProfile parse(String source, Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        long[] offsets = new long[64];
        int count = 0;
        double first = 0;
        double previous = Double.NEGATIVE_INFINITY;
        String line;
        for (int number = 1; (line = lines.readLine()) != null; number++) {
            String field = firstField(line);
            if (field.isEmpty() || field.startsWith("#") || (number == 1 && HEADERS.contains(field.toLowerCase()))) {
                continue;
            }
            double millis = timestamp(source, number, field, previous);
            if (count == 0) {
                first = millis;
            }
            offsets = count == offsets.length ? Arrays.copyOf(offsets, count * 2) : offsets;
            offsets[count++] = Math.round((millis - first) * NANOS_PER_MILLI);
            previous = millis;
        }
        if (count == 0) {
            throw new ReplayFormatException(source, 1, "no timestamps found");
        }
        return new ReplayProfile(source, Arrays.copyOf(offsets, count));
    }

    private static String firstField(String line) {
        int comma = line.indexOf(',');
        return (comma < 0 ? line : line.substring(0, comma)).strip();
    }

    private static double timestamp(String source, int number, String field, double previous) {
        double millis;
        try {
            // BigDecimal rejects Java literal suffixes and hex forms that parseDouble would accept.
            millis = new BigDecimal(field).doubleValue();
        } catch (NumberFormatException e) {
            throw new ReplayFormatException(source, number, "'" + field + "' is not a timestamp in milliseconds");
        }
        if (!Double.isFinite(millis) || millis < 0) {
            throw new ReplayFormatException(source, number, "'" + field + "' is not a non-negative timestamp");
        }
        if (millis < previous) {
            throw new ReplayFormatException(source, number, "timestamp " + field
                    + " is earlier than the previous one (" + Numbers.compact(previous) + "); timestamps must not decrease");
        }
        return millis;
    }

    /** @return how many requests the replay sends */
    public int size() {
        return offsetsNanos.length;
    }

    @Override
    public String description() {
        return "replay of " + offsetsNanos.length + " requests from " + source;
    }

    @Override
    public Schedule schedule() {
        return new Schedule(description(), offsetsNanos);
    }
}
