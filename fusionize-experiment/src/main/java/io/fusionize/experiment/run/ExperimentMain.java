package io.fusionize.experiment.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fusionize.deploy.loop.EmbeddedPlatform;
import io.fusionize.experiment.load.ProgressListener;

/**
 * Runs an experiment or the demo from a plain class path, without the {@code fusionize} command:
 * {@code java -cp CP io.fusionize.experiment.run.ExperimentMain --app iot --workload bursty --out DIR
 * [--quick] [--emulated-overhead-ms 25] [--round-seconds 40] [--warm-up-seconds 10] [--max-rounds 20]
 * [--memory-sizes 512,1024,2048] [--repetitions 3] [--optimizer fusionize|model]}, or
 * {@code ... ExperimentMain demo --out DIR}.
 */
public final class ExperimentMain {

    private ExperimentMain() {
    }

    /**
     * @param args the options above
     * @throws Exception when the experiment fails; the message says why
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("demo")) {
            Map<String, String> options = parse(Arrays.copyOfRange(args, 1, args.length));
            new DemoRunner(Path.of(options.getOrDefault("--out", "fusionize-demo")), EmbeddedPlatform::start,
                    System.out, optional(options, "--emulated-overhead-ms").map(Double::parseDouble)
                    .orElse(DemoRunner.DEFAULT_EMULATED_OVERHEAD_MS)).run();
            return;
        }
        ExperimentOutcome outcome = new ExperimentRunner(options(parse(args)), EmbeddedPlatform::start).run();
        System.out.println();
        System.out.print(BeforeAfterTable.render(outcome.result()));
        System.out.println("report: " + outcome.files().markdown().toAbsolutePath() + " (" + outcome.took().toSeconds()
                + " s)");
    }

    private static ExperimentOptions options(Map<String, String> given) {
        ExperimentOptions.Builder builder = ExperimentOptions.builder(required(given, "--app"),
                required(given, "--workload"), Path.of(required(given, "--out")))
                .quick(given.containsKey("--quick")).progress(ProgressListener.onConsole())
                .log(line -> System.out.println(java.time.LocalTime.now().withNano(0) + " " + line));
        optional(given, "--emulated-overhead-ms").ifPresent(v -> builder.emulatedOverheadMs(Double.parseDouble(v)));
        optional(given, "--round-seconds").ifPresent(v -> builder.roundLength(Duration.ofSeconds(Long.parseLong(v))));
        optional(given, "--warm-up-seconds").ifPresent(v -> builder.warmUp(Duration.ofSeconds(Long.parseLong(v))));
        optional(given, "--max-rounds").ifPresent(v -> builder.maxRounds(Integer.parseInt(v)));
        optional(given, "--repetitions").ifPresent(v -> builder.repetitions(Integer.parseInt(v)));
        optional(given, "--optimizer").ifPresent(builder::optimizer);
        optional(given, "--memory-sizes").ifPresent(v -> builder.memorySizesMb(
                Arrays.stream(v.split(",")).map(String::strip).map(Integer::valueOf).toList()));
        return builder.build();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> flags = List.of("--quick");
        for (int i = 0; i < args.length; i++) {
            if (flags.contains(args[i])) {
                options.put(args[i], "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static java.util.Optional<String> optional(Map<String, String> options, String name) {
        return java.util.Optional.ofNullable(options.get(name));
    }
}
