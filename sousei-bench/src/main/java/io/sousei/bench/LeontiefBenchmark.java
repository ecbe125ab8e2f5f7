package io.sousei.bench;

import io.sousei.economy.InputOutputAnalysis;
import io.sousei.economy.InputOutputTable;
import io.sousei.economy.IoModelSpec;
import io.sousei.economy.Sector;
import io.sousei.economy.SectorValues;
import io.sousei.economy.internal.LeontiefSolver;
import io.sousei.economy.internal.Matrices;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Leontief inverse (I − A)<sup>−1</sup> and the whole multiplier computation of the input–output engine on one
 * thread, for the matrices of {@link LeontiefMatrices} (bench/leontief.sh times numpy on the same files), and EJML's
 * dense inverse of the same I − A for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LeontiefBenchmark {

    @Param({"12", "190", "1739"})
    public int n;

    /** The folder {@code LeontiefMatrices} wrote into; empty: make the matrices afresh (same seed). */
    @Param("")
    public String dir;

    private double[][] a;
    private InputOutputTable table;
    private DMatrixRMaj identityMinusA;

    @Setup
    public void read() {
        LeontiefMatrices.Table t = LeontiefMatrices.read(dir, n);
        a = t.a();
        table = table(t);
        identityMinusA = new DMatrixRMaj(Matrices.identityMinus(a));
    }

    /**
     * The table the engine's multipliers start from: flows and output of the matrix, with compensation (40–60 % of
     * value added), persons engaged and household consumption made up (seeded) so that every multiplier, Type II
     * included, is computed.
     */
    static InputOutputTable table(LeontiefMatrices.Table t) {
        int n = t.size();
        SplittableRandom r = new SplittableRandom(LeontiefMatrices.SEED);
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sectors.add(new Sector(String.format("%04d", i + 1), "sector " + (i + 1)));
        }
        double[] x = t.x();
        double[] inputs = Matrices.columnSums(t.flows());
        double[] compensation = new double[n];
        double[] persons = new double[n];
        double[] households = new double[n];
        for (int j = 0; j < n; j++) {
            compensation[j] = (x[j] - inputs[j]) * (0.4 + 0.2 * r.nextDouble());
            persons[j] = x[j] * (0.02 + 0.1 * r.nextDouble());
            households[j] = x[j] * 0.3 * r.nextDouble();
        }
        return InputOutputTable.of(RegionId.nation(Country.JP), "2015", sectors, t.flows(), x)
                .withCompensation(new SectorValues(compensation, "million yen", "benchmark"))
                .withEmployment(new SectorValues(persons, "persons", "benchmark"))
                .withHouseholdConsumption(new SectorValues(households, "million yen", "benchmark"));
    }

    /** (I − A)<sup>−1</sup> as the engine computes it. */
    @Benchmark
    public double[][] inverse() {
        return LeontiefSolver.leontiefInverse(a);
    }

    /** Everything {@code sousei io multipliers} computes for the closed model: output, value added, income Type I and II, employment, linkages, checks. */
    @Benchmark
    public Object multipliers() {
        return InputOutputAnalysis.multipliers(table, IoModelSpec.CLOSED);
    }

    /** EJML 0.46.1 {@code CommonOps_DDRM.invert} of the same I − A (LU), for comparison. */
    @Benchmark
    public DMatrixRMaj ejmlInverse() {
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.invert(identityMinusA.copy(), inverse)) {
            throw new ArithmeticException("singular");
        }
        return inverse;
    }
}
