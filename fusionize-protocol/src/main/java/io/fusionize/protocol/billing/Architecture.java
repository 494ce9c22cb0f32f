package io.fusionize.protocol.billing;

/** The instruction set a function runs on; Lambda prices them differently. */
public enum Architecture {
    /** Intel and AMD processors: $0.0000166667 per GB-s (first pricing tier). */
    X86_64(0.0000166667, "aws-x86"),
    /** AWS Graviton processors: $0.0000133334 per GB-s (first pricing tier). */
    ARM64(0.0000133334, "aws-arm64");

    private final double usdPerGbSecond;
    private final String priceLabel;

    Architecture(double usdPerGbSecond, String priceLabel) {
        this.usdPerGbSecond = usdPerGbSecond;
        this.priceLabel = priceLabel;
    }

    /** @return AWS Lambda's price of one GB-second on this architecture */
    public double usdPerGbSecond() {
        return usdPerGbSecond;
    }

    /** @return the label reports quote its price table by, e.g. {@code aws-x86} */
    public String priceLabel() {
        return priceLabel;
    }
}
