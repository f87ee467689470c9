package org.lodestone.bench.load;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-loop load test of a running {@code lodestone serve} on loopback: requests are sent at a
 * fixed rate whatever the latency (latency is measured from each request's scheduled time, so a
 * stalled server is not hidden by fewer requests), alternating exposure views and a finished run's
 * results, while scenario runs are kept in flight. Prints p50/p99/max and errors per endpoint and
 * p99 per 5-second window. A warm-up at the same rate (not recorded) comes first, so the JIT and
 * the connection pool are warm, as on a server that has been up for a while.
 *
 * <p>Usage: {@code HttpLoad BASE_URL TOKEN [RATE_PER_SECOND] [SECONDS] [WARMUP_SECONDS]}.
 */
public final class HttpLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private record Sample(String endpoint, long micros, boolean ok, int second) {}

    private HttpLoad() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String token = args[1];
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String finished = startRun(client, base, token);
        waitDone(client, base, token, finished);
        List<String> paths = List.of(
                "/api/exposure?coalition=pax-silica&date=2026-06-01",
                "/api/exposure?view=extraction&top=10",
                "/api/runs/" + finished,
                "/api/runs/" + finished + "/series?name=compute:pax-silica");
        AtomicInteger runsStarted = new AtomicInteger();
        if (warmup > 0) {
            fire(client, base, token, paths, rate, warmup, new ConcurrentLinkedQueue<>());
        }
        Thread inFlight = new Thread(() -> keepARunInFlight(client, base, token, runsStarted), "run-in-flight");
        inFlight.setDaemon(true);
        inFlight.start();

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        fire(client, base, token, paths, rate, seconds, samples);
        report(System.out, samples, rate, seconds, runsStarted.get());
    }

    /** Sends {@code rate} requests a second for {@code seconds}, cycling through {@code paths}; waits for the answers. */
    private static void fire(
            HttpClient client,
            URI base,
            String token,
            List<String> paths,
            int rate,
            int seconds,
            ConcurrentLinkedQueue<Sample> samples)
            throws InterruptedException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        int total = rate * seconds;
        ticker.scheduleAtFixedRate(
                () -> {
                    int n = sent.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    long scheduled = start + n * periodNanos;
                    String path = paths.get(n % paths.size());
                    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build();
                    client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                            .whenComplete((r, e) -> {
                                samples.add(new Sample(
                                        path.replaceAll("[0-9a-f-]{36}", "{id}"),
                                        (System.nanoTime() - scheduled) / 1000,
                                        e == null && r.statusCode() == 200,
                                        (int) ((scheduled - start) / 1_000_000_000L)));
                                answered.incrementAndGet();
                            });
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        while (answered.get() < total && System.nanoTime() - start < (seconds + 15) * 1_000_000_000L) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
    }

    private static void keepARunInFlight(HttpClient client, URI base, String token, AtomicInteger started) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String id = startRun(client, base, token);
                started.incrementAndGet();
                waitDone(client, base, token, id);
            } catch (Exception e) {
                return;
            }
        }
    }

    private static String startRun(HttpClient client, URI base, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/runs"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scenario\":\"builtin:taiwan-strait-closure\"}", StandardCharsets.UTF_8))
                .build();
        String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no run id in " + body);
        }
        return m.group(1);
    }

    private static void waitDone(HttpClient client, URI base, String token, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/runs/" + id))
                .header("Authorization", "Bearer " + token)
                .build();
        for (int i = 0; i < 600; i++) {
            String body =
                    client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            if (!body.contains("\"status\":\"running\"")) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static void report(
            PrintStream out, ConcurrentLinkedQueue<Sample> samples, int rate, int seconds, int runs) {
        out.printf(
                Locale.ROOT,
                "%d req/s for %d s; %d responses; scenario runs started during the test: %d%n",
                rate,
                seconds,
                samples.size(),
                runs);
        out.println("| endpoint | requests | errors | p50 ms | p99 ms | max ms |");
        out.println("|---|---:|---:|---:|---:|---:|");
        List<String> endpoints = new ArrayList<>(
                samples.stream().map(Sample::endpoint).distinct().sorted().toList());
        endpoints.add("all");
        for (String endpoint : endpoints) {
            long[] micros = samples.stream()
                    .filter(s -> endpoint.equals("all") || s.endpoint().equals(endpoint))
                    .mapToLong(Sample::micros)
                    .sorted()
                    .toArray();
            long errors = samples.stream()
                    .filter(s -> (endpoint.equals("all") || s.endpoint().equals(endpoint)) && !s.ok())
                    .count();
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.1f |%n",
                    endpoint,
                    micros.length,
                    errors,
                    percentile(micros, 0.50),
                    percentile(micros, 0.99),
                    micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0);
        }
        StringBuilder windows = new StringBuilder("p99 ms per 5 s window:");
        for (int from = 0; from < seconds; from += 5) {
            int lo = from;
            long[] micros = samples.stream()
                    .filter(x -> x.second() >= lo && x.second() < lo + 5)
                    .mapToLong(Sample::micros)
                    .sorted()
                    .toArray();
            windows.append(String.format(Locale.ROOT, " %.1f", percentile(micros, 0.99)));
        }
        out.println(windows);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}
