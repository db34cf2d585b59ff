package org.sublattice.core.run;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.ChainResult;

/**
 * Finished chains of a run, one file per condition point ({@code checkpoints/<stage>/<point>.chain}),
 * written atomically as each chain ends, so that a run killed at any moment (SIGTERM or SIGKILL)
 * can be resumed: finished chains are read back, the rest run again with the same seeds and the
 * same starting states, which gives the same numbers as an uninterrupted run. A fingerprint of
 * the resolved pipeline guards against resuming a different pipeline. Thread-safe.
 */
public final class Checkpoints {
    private static final int MAGIC = 0x534c434b; // "SLCK"
    private static final int VERSION = 1;
    private final Path dir;

    private Checkpoints(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens the checkpoint folder of a run directory.
     *
     * @param resume keep (and check) existing checkpoints; otherwise start afresh
     * @param fingerprint text identifying the resolved pipeline
     * @throws InvalidInputException when resuming checkpoints of another pipeline
     */
    public static Checkpoints open(Path runDirectory, String fingerprint, boolean resume) {
        Path dir = runDirectory.resolve("checkpoints");
        String hash = sha256(fingerprint);
        try {
            Path stamp = dir.resolve("pipeline.sha256");
            if (resume && Files.exists(stamp)) {
                String had = Files.readString(stamp).trim();
                if (!had.equals(hash)) {
                    throw new InvalidInputException("cannot resume: the checkpoints in " + dir + " belong to another pipeline "
                            + "(fingerprint " + had.substring(0, 12) + "…, this one " + hash.substring(0, 12) + "…); run without --resume");
                }
            } else if (Files.exists(dir)) {
                try (var s = Files.walk(dir)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            AtomicFiles.writeString(stamp, hash + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare checkpoints in " + dir, e);
        }
        return new Checkpoints(dir);
    }

    private Path file(String stage, int point) {
        return dir.resolve(stage).resolve(point + ".chain");
    }

    /** Saves a finished chain. */
    public void save(String stage, int point, long seed, ChainResult r) {
        try {
            AtomicFiles.write(file(stage, point), os -> {
                DataOutputStream out = new DataOutputStream(os);
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeLong(seed);
                out.writeLong(r.steps());
                Map<String, Double> scalars = new TreeMap<>(r.scalars());
                out.writeInt(scalars.size());
                for (var e : scalars.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeDouble(e.getValue());
                }
                Map<String, double[]> series = new TreeMap<>(r.series());
                out.writeInt(series.size());
                for (var e : series.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (double v : e.getValue()) {
                        out.writeDouble(v);
                    }
                }
                byte[] occ = r.finalState().occupation();
                out.writeInt(occ.length);
                out.write(occ);
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint of stage " + stage + " point " + point, e);
        }
    }

    /**
     * Records what a task stage produced for the stages after it (a fingerprint of its
     * Hamiltonian), or, when resuming, checks that it produced the same as in the interrupted run:
     * chains checkpointed with one model must not be continued with another.
     *
     * @throws InvalidInputException if the fingerprint differs from the recorded one
     */
    public void checkTaskOutput(String stage, String fingerprint) {
        Path f = dir.resolve(stage).resolve("task.sha256");
        String hash = sha256(fingerprint);
        try {
            if (Files.exists(f)) {
                String had = Files.readString(f).trim();
                if (!had.equals(hash)) {
                    throw new InvalidInputException("cannot resume: task stage " + stage + " produced a different Hamiltonian than in "
                            + "the interrupted run (did its input files change?); run without --resume");
                }
                return;
            }
            AtomicFiles.writeString(f, hash + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint of task stage " + stage, e);
        }
    }

    /** A saved chain of this stage and point, if it was finished with the same seed. */
    public Optional<ChainResult> load(String stage, int point, long seed, Supercell supercell) {
        Path f = file(stage, point);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try (InputStream is = Files.newInputStream(f); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(is))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new InvalidInputException("checkpoint " + f + " is not a Sublattice chain checkpoint of version " + VERSION);
            }
            if (in.readLong() != seed) {
                return Optional.empty();
            }
            long steps = in.readLong();
            Map<String, Double> scalars = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                scalars.put(in.readUTF(), in.readDouble());
            }
            Map<String, double[]> series = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = in.readUTF();
                double[] v = new double[in.readInt()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = in.readDouble();
                }
                series.put(name, v);
            }
            byte[] occ = new byte[in.readInt()];
            in.readFully(occ);
            return Optional.of(new ChainResult(series, scalars, new Configuration(supercell, occ), steps));
        } catch (IOException e) {
            throw new InvalidInputException("cannot read checkpoint " + f + ": " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
