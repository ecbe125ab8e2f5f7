package io.sousei.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The technical-coefficient matrices of the Leontief benchmark, the same for JMH and numpy: written as
 * {@code a-N.f64}, N × N little-endian doubles row by row (rows = selling sector), with {@code x-N.f64}, the gross
 * output the table is built from.
 *
 * <ul>
 *   <li>n = 12: Japan's 2015 table as bundled ({@code data/packs/jp/io-2015/sfukui_IOTable.csv}, area 00000).
 *   <li>n = 190: the same table split into 190 sectors (seeded): every cell z<sub>st</sub> shared among the
 *       sub-sectors of s with random weights, about half of the cells zero; each sub-column keeps the input
 *       coefficients of its parent column, so the column sums are those of the published table.
 *   <li>n = 1,739: an interregional table of 47 regions × 37 sectors (seeded): per column 10–25 supplying sectors,
 *       intermediate inputs 25–70 % of output, bought 45–85 % in the own region and the rest from 3–10 other
 *       regions. About 7.5 % of the cells are non-zero; every column sum is below 1.
 * </ul>
 */
public final class LeontiefMatrices {

    public static final long SEED = 20151231L;
    public static final int REGIONS = 47;
    public static final int SECTORS = 37;
    private static final Path JP_2015 = Path.of("data/packs/jp/io-2015/sfukui_IOTable.csv");

    /** A coefficient matrix and the output it was derived with. */
    public record Table(double[][] a, double[] x) {
        public int size() {
            return x.length;
        }

        /** z<sub>ij</sub> = a<sub>ij</sub> x<sub>j</sub>. */
        public double[][] flows() {
            int n = size();
            double[][] z = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    z[i][j] = a[i][j] * x[j];
                }
            }
            return z;
        }
    }

    private LeontiefMatrices() {}

    /** Writes a-N.f64 and x-N.f64 for each size into {@code dir}: {@code LeontiefMatrices DIR [N…]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(12, 190, REGIONS * SECTORS);
        }
        for (int n : sizes) {
            Table t = make(n);
            write(dir.resolve("a-" + n + ".f64"), t.a());
            write(dir.resolve("x-" + n + ".f64"), new double[][] {t.x()});
            System.out.printf(
                    "n = %d: %.1f %% non-zero, largest column sum %.3f%n",
                    n, 100 * density(t.a()), maxColumnSum(t.a()));
        }
    }

    public static Table make(int n) {
        if (n == 12) {
            return japan2015();
        }
        if (n == REGIONS * SECTORS) {
            return interregional();
        }
        return split(japan2015(), n);
    }

    /** The file written by {@link #main}, or the matrix made afresh when {@code dir} is empty. */
    public static Table read(String dir, int n) {
        if (dir == null || dir.isEmpty()) {
            return make(n);
        }
        Path d = Path.of(dir);
        double[] a = readDoubles(d.resolve("a-" + n + ".f64"));
        double[] x = readDoubles(d.resolve("x-" + n + ".f64"));
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, m[i], 0, n);
        }
        return new Table(m, x);
    }

    static Table japan2015() {
        try (var lines = Files.lines(JP_2015)) {
            String[] row = lines.filter(l -> l.startsWith("00000,"))
                    .findFirst()
                    .orElseThrow()
                    .split(",");
            int n = 12;
            double[] x = new double[n];
            double[][] a = new double[n][n];
            for (int j = 0; j < n; j++) {
                x[j] = Double.parseDouble(row[1 + n * n + j]);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = Double.parseDouble(row[1 + i * n + j]) / x[j];
                }
            }
            return new Table(a, x);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root (reads " + JP_2015 + ")", e);
        }
    }

    /** Splits every sector of {@code t} into sub-sectors, in proportion to its output (at least one each). */
    static Table split(Table t, int n) {
        SplittableRandom r = new SplittableRandom(SEED + n);
        int m = t.size();
        double total = 0;
        for (double v : t.x()) {
            total += v;
        }
        int[] count = new int[m];
        int given = 0;
        for (int s = 0; s < m; s++) {
            count[s] = Math.max(1, (int) Math.floor((n - m) * t.x()[s] / total));
            given += count[s];
        }
        for (int s = 0; given < n; s = (s + 1) % m, given++) {
            count[s]++;
        }
        int[] parent = new int[n];
        double[] x = new double[n];
        for (int s = 0, p = 0; s < m; s++) {
            double[] w = weights(r, count[s], false);
            for (int k = 0; k < count[s]; k++, p++) {
                parent[p] = s;
                x[p] = t.x()[s] * w[k];
            }
        }
        double[][] a = new double[n][n];
        for (int q = 0; q < n; q++) {
            for (int s = 0; s < m; s++) {
                double parentA = t.a()[s][parent[q]];
                if (parentA == 0.0) {
                    continue;
                }
                double[] w = weights(r, count[s], true);
                for (int p = first(count, s), k = 0; k < count[s]; p++, k++) {
                    a[p][q] = parentA * w[k];
                }
            }
        }
        return new Table(a, x);
    }

    private static int first(int[] count, int s) {
        int p = 0;
        for (int k = 0; k < s; k++) {
            p += count[k];
        }
        return p;
    }

    /** Lognormal weights summing to 1; with {@code sparse}, about 45 % of them zero (never all). */
    private static double[] weights(SplittableRandom r, int k, boolean sparse) {
        double[] w = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            w[i] = sparse && k > 1 && r.nextDouble() < 0.45 ? 0.0 : Math.exp(1.2 * gaussian(r));
            sum += w[i];
        }
        if (sum == 0) {
            w[r.nextInt(k)] = 1.0;
            sum = 1.0;
        }
        for (int i = 0; i < k; i++) {
            w[i] /= sum;
        }
        return w;
    }

    static Table interregional() {
        SplittableRandom r = new SplittableRandom(SEED);
        int n = REGIONS * SECTORS;
        double[] x = new double[n];
        double[] regionSize = new double[REGIONS];
        for (int g = 0; g < REGIONS; g++) {
            regionSize[g] = Math.exp(0.9 * gaussian(r));
        }
        for (int g = 0; g < REGIONS; g++) {
            for (int s = 0; s < SECTORS; s++) {
                x[g * SECTORS + s] = 1e5 * regionSize[g] * Math.exp(1.0 * gaussian(r));
            }
        }
        double[][] a = new double[n][n];
        for (int h = 0; h < REGIONS; h++) {
            for (int t = 0; t < SECTORS; t++) {
                int q = h * SECTORS + t;
                double inputs = 0.25 + 0.45 * r.nextDouble();
                int suppliers = 10 + r.nextInt(16);
                double[] share = weights(r, suppliers, false);
                int[] sector = distinct(r, SECTORS, suppliers, t);
                for (int k = 0; k < suppliers; k++) {
                    double coefficient = inputs * share[k];
                    double own = 0.45 + 0.4 * r.nextDouble();
                    a[h * SECTORS + sector[k]][q] += coefficient * own;
                    int partners = 3 + r.nextInt(8);
                    int[] region = distinct(r, REGIONS, partners + 1, h);
                    double[] w = weights(r, partners, false);
                    for (int k2 = 0; k2 < partners; k2++) {
                        a[region[k2 + 1] * SECTORS + sector[k]][q] += coefficient * (1 - own) * w[k2];
                    }
                }
            }
        }
        return new Table(a, x);
    }

    /** {@code k} distinct numbers below {@code bound}, the first of them {@code first}. */
    private static int[] distinct(SplittableRandom r, int bound, int k, int first) {
        int[] all = new int[bound];
        for (int i = 0; i < bound; i++) {
            all[i] = i;
        }
        all[first] = 0;
        all[0] = first;
        for (int i = 1; i < k; i++) {
            int j = i + r.nextInt(bound - i);
            int v = all[i];
            all[i] = all[j];
            all[j] = v;
        }
        int[] out = new int[k];
        System.arraycopy(all, 0, out, 0, k);
        return out;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    static double density(double[][] a) {
        long nonZero = 0;
        for (double[] row : a) {
            for (double v : row) {
                if (v != 0.0) {
                    nonZero++;
                }
            }
        }
        return (double) nonZero / ((long) a.length * a.length);
    }

    static double maxColumnSum(double[][] a) {
        double max = 0;
        for (int j = 0; j < a.length; j++) {
            double s = 0;
            for (double[] row : a) {
                s += row[j];
            }
            max = Math.max(max, s);
        }
        return max;
    }

    private static void write(Path file, double[][] rows) throws IOException {
        int count = 0;
        for (double[] row : rows) {
            count += row.length;
        }
        ByteBuffer b = ByteBuffer.allocate(count * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : rows) {
            for (double v : row) {
                b.putDouble(v);
            }
        }
        Files.write(file, b.array());
    }

    private static double[] readDoubles(Path file) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            double[] v = new double[b.remaining() / Double.BYTES];
            b.asDoubleBuffer().get(v);
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
