package org.cloudcost.bench;

import java.nio.file.Path;

/**
 * The command line the generators share:
 * {@code --out FILE [--lines N] [--seed S] [--resources R] [--force]}. A usage error prints the
 * usage and exits with 2.
 *
 * <pre>{@code
 * GeneratorArgs a = GeneratorArgs.parse("CurCsvGenerator", args, 20250901L, 20_000);
 * }</pre>
 *
 * @param out       the file to write
 * @param lines     data lines, default 1,000,000 ({@code 1_000_000} is accepted)
 * @param seed      the random seed
 * @param resources resources in the estate
 * @param force     write even when the file is already there as asked
 * @param extra     the arguments this parser does not know, for the generator to read
 */
record GeneratorArgs(Path out, long lines, long seed, int resources, boolean force, java.util.List<String> extra) {

    static GeneratorArgs parse(String name, String[] args, long defaultSeed, int defaultResources) {
        Path out = null;
        long lines = 1_000_000;
        long seed = defaultSeed;
        int resources = defaultResources;
        boolean force = false;
        java.util.List<String> extra = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(args[++i]);
                    case "--lines" -> lines = Long.parseLong(args[++i].replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--resources" -> resources = Integer.parseInt(args[++i]);
                    case "--force" -> force = true;
                    default -> extra.add(args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            out = null;
        }
        if (out == null || lines < 1 || resources < 1) {
            System.err.println("usage: " + name + " --out FILE [--lines N] [--seed S] [--resources R] [--force]");
            System.exit(2);
        }
        return new GeneratorArgs(out, lines, seed, resources, force, java.util.List.copyOf(extra));
    }
}
