package org.lodestone.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestone.app.exposure.ExposureRequest;
import org.lodestone.app.exposure.ExposureUseCase;
import org.lodestone.app.exposure.ExposureView;

/**
 * {@code GET /api/exposure}: the {@code lodestone exposure} views as JSON, with the same options as
 * query parameters. Results of bundled datasets are cached (they never change while the server runs),
 * and computed once: requests that arrive while a result is being computed wait for it instead of
 * computing it again (the extraction view runs the engine 40 times, so a cold server under load
 * would otherwise compute it once per waiting request; {@link ComputedOnce}).
 */
final class ExposureRoutes {

    private static final int CACHED = 512;

    private final DatasetRoutes datasets;
    private final Function<ExposureRequest, String> compute;
    private final ComputedOnce<ExposureRequest, String> results = new ComputedOnce<>(CACHED);

    ExposureRoutes(DatasetRoutes datasets) {
        this(datasets, request -> ExposureUseCase.run(request).json());
    }

    /** With {@code compute} in place of the exposure analysis (a test counts its calls). */
    ExposureRoutes(DatasetRoutes datasets, Function<ExposureRequest, String> compute) {
        this.datasets = datasets;
        this.compute = compute;
    }

    void register(RoutesConfig r) {
        r.get("/api/exposure", this::exposure);
    }

    private void exposure(Context ctx) {
        String ref = Optional.ofNullable(ctx.queryParam("dataset")).orElse(DatasetRoutes.BUILTIN);
        ExposureRequest request = new ExposureRequest(
                datasets.resolve(Caller.of(ctx), ref),
                view(ctx.queryParam("view")),
                optional(ctx, "coalition"),
                date(ctx.queryParam("date")),
                list(ctx, "add"),
                list(ctx, "remove"),
                optional(ctx, "concern"),
                optional(ctx, "target"),
                optional(ctx, "cut"),
                number(ctx, "fraction", 1),
                number(ctx, "threshold", 0.5),
                (int) number(ctx, "top", 20));
        Json.send(ctx, 200, ref.startsWith("builtin:") ? results.get(request, compute) : compute.apply(request));
    }

    private static ExposureView view(String text) {
        if (text == null) {
            return ExposureView.SUMMARY;
        }
        try {
            return ExposureView.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(
                    "view",
                    "'" + text + "' is not a view; expected one of "
                            + Arrays.stream(ExposureView.values())
                                    .map(ExposureView::key)
                                    .collect(Collectors.joining(", ")));
        }
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest("date", "'" + text + "' is not a date; expected YYYY-MM-DD");
        }
    }

    private static Optional<String> optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static List<String> list(Context ctx, String name) {
        return optional(ctx, name).map(v -> List.of(v.split(","))).orElse(List.of());
    }

    private static double number(Context ctx, String name, double otherwise) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name, "'" + value + "' is not a number");
        }
    }
}
