package org.lodestone.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.lodestone.io.run.ShortestDecimal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per number of the trajectory writer's number text: the running JDK's {@code
 * StringBuilder.append(double)} (the text of {@code Double.toString}, which JDK 17 computes with
 * {@code FloatingDecimal}) appended to one reused builder, against {@link ShortestDecimal#write}
 * into one reused byte array (what the trajectory writer does), on {@value #COUNT} doubles, a comma
 * after each. {@code values=run}: a uniform fraction times 10^-3 to 10^6, like
 * a run's production and demands; {@code values=bits}: random bit patterns (every exponent).
 *
 * <pre>
 * java -jar benchmarks.jar NumberTextBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NumberTextBenchmark {

    static final int COUNT = 4096;

    @Param({"run", "bits"})
    String values;

    private final double[] numbers = new double[COUNT];
    private final StringBuilder out = new StringBuilder(COUNT * 25);
    private final byte[] bytes = new byte[COUNT * (ShortestDecimal.MAX_TEXT + 1)];

    @Setup(Level.Trial)
    public void numbers() {
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < COUNT; i++) {
            double v;
            do {
                v = values.equals("run")
                        ? random.nextDouble() * Math.pow(10, random.nextInt(-3, 7))
                        : Double.longBitsToDouble(random.nextLong());
            } while (!Double.isFinite(v));
            numbers[i] = v;
        }
    }

    @Benchmark
    @OperationsPerInvocation(COUNT)
    public int jdkDoubleToString() {
        out.setLength(0);
        for (double v : numbers) {
            out.append(v).append(',');
        }
        return out.length();
    }

    @Benchmark
    @OperationsPerInvocation(COUNT)
    public int shortestDecimal() {
        int end = 0;
        for (double v : numbers) {
            end = ShortestDecimal.write(bytes, end, v);
            bytes[end++] = ',';
        }
        return end;
    }
}
