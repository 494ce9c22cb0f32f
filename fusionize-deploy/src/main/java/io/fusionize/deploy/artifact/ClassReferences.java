package io.fusionize.deploy.artifact;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes one class file refers to, read from its constant pool.
 *
 * <p>Two kinds are told apart. <em>Structural</em> references are what loading and verifying the
 * class may need: its superclass, its interfaces, and every type named in a descriptor or generic
 * signature (fields, methods, invoked members). <em>Body</em> references are the remaining class
 * constants: types that only method bodies use, such as helpers a task creates while it runs. Both
 * sets hold internal names ({@code a/b/C}); array and primitive descriptors are unwrapped.
 *
 * @param structural references needed to load the class
 * @param body references only code inside method bodies needs
 */
public record ClassReferences(Set<String> structural, Set<String> body) {

    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\p{L}\\p{N}_$/]+)[;<]");

    /** Freezes both sets. */
    public ClassReferences {
        structural = Set.copyOf(structural);
        body = Set.copyOf(body);
    }

    /** @return structural and body references together */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(structural);
        all.addAll(body);
        return all;
    }

    /**
     * Parses a class file.
     *
     * @param classFile the class file's bytes
     * @return its references, without the class itself
     * @throws IllegalArgumentException when the bytes are not a class file
     */
    public static ClassReferences of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            return new Parser(in).parse();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class file", e);
        }
    }

    /** One pass over the constant pool and the class header. */
    private static final class Parser {

        private static final int MAGIC = 0xCAFEBABE;

        private final DataInputStream in;
        private String[] utf8;
        private int[] classNameIndex;
        private final Set<Integer> descriptorIndexes = new LinkedHashSet<>();

        Parser(DataInputStream in) {
            this.in = in;
        }

        ClassReferences parse() throws IOException {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a class file (bad magic number)");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            readConstantPool();
            in.readUnsignedShort();
            String self = className(in.readUnsignedShort());
            Set<String> structural = new LinkedHashSet<>();
            addIfPresent(structural, className(in.readUnsignedShort()));
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                addIfPresent(structural, className(in.readUnsignedShort()));
            }
            // Member descriptors and signatures are Utf8 constants too; scan every one of them.
            for (String text : utf8) {
                addDescriptorTypes(structural, text);
            }
            Set<String> body = new LinkedHashSet<>();
            for (int index : classNameIndex) {
                if (index > 0) {
                    addIfPresent(body, unwrapArray(utf8[index]));
                }
            }
            body.removeAll(structural);
            structural.remove(self);
            body.remove(self);
            return new ClassReferences(structural, body);
        }

        private void readConstantPool() throws IOException {
            int count = in.readUnsignedShort();
            utf8 = new String[count];
            classNameIndex = new int[count];
            for (int i = 1; i < count; i++) {
                i += readConstant(i);
            }
        }

        /** @return how many extra pool slots the constant takes (1 for long and double) */
        private int readConstant(int slot) throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[slot] = in.readUTF();
                case 7 -> classNameIndex[slot] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    return 1;
                }
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
            return 0;
        }

        private String className(int index) {
            return index == 0 ? null : utf8[classNameIndex[index]];
        }

        private static void addIfPresent(Set<String> names, String name) {
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }

        private static void addDescriptorTypes(Set<String> names, String text) {
            if (text == null || text.indexOf(';') < 0) {
                return;
            }
            Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }

        private static String unwrapArray(String name) {
            if (!name.startsWith("[")) {
                return name;
            }
            int start = name.lastIndexOf('[') + 1;
            boolean objectArray = name.charAt(start) == 'L';
            return objectArray ? name.substring(start + 1, name.length() - 1) : null;
        }
    }
}
