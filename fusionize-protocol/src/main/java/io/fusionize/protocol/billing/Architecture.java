package io.fusionize.protocol.billing;

/** The instruction set a function runs on; Lambda prices them differently. */
public enum Architecture {
    /** Intel and AMD processors. */
    X86_64("x86_64"),
    /** AWS Graviton processors. */
    ARM64("arm64");

    private final String lambdaName;

    Architecture(String lambdaName) {
        this.lambdaName = lambdaName;
    }

    /** @return the name Lambda's API uses, {@code x86_64} or {@code arm64} */
    public String lambdaName() {
        return lambdaName;
    }

    /**
     * @param name a name as Lambda's API spells it
     * @return the architecture
     * @throws IllegalArgumentException for any other name
     */
    public static Architecture fromLambdaName(String name) {
        for (Architecture architecture : values()) {
            if (architecture.lambdaName.equals(name)) {
                return architecture;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + name + "': expected x86_64 or arm64");
    }
}
