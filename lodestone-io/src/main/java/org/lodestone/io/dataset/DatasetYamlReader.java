package org.lodestone.io.dataset;

import java.util.Optional;
import java.util.Set;
import org.lodestone.core.model.DatasetInfo;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/** Reads {@code dataset.yaml}: the format marker, identity and defaults of a dataset. */
final class DatasetYamlReader {

    static final String FILE = "dataset.yaml";
    static final String FORMAT_KEY = "lodestone-dataset";
    /** The newest format version; every version from 1 up to it is read. */
    static final int FORMAT_VERSION = 2;

    private static final Set<String> KEYS =
            Set.of(FORMAT_KEY, "id", "name", "version", "year", "default-coalition", "description", "link-synthesis");

    private DatasetYamlReader() {}

    /**
     * The identity of a dataset and where its default coalition is written.
     *
     * @param info        identity and defaults
     * @param coalitionAt location of the {@code default-coalition} value
     * @param format      the declared format version, 1 or 2
     * @param formatAt    location of the {@code lodestone-dataset} value
     */
    record Header(DatasetInfo info, Location coalitionAt, int format, Location formatAt) {}

    /** The dataset's identity, or empty with problems recorded. */
    static Optional<Header> read(Reading reading) {
        Problems problems = reading.problems();
        Optional<YamlMap> yaml = reading.yaml(FILE);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = yaml.get();
        map.rejectUnknownKeys(KEYS, problems);
        Optional<String> format = map.scalar(FORMAT_KEY, true, problems);
        boolean supported =
                format.isPresent() && (format.get().equals("1") || format.get().equals("2"));
        if (format.isPresent() && !supported) {
            problems.error(
                    map.locationOf(FORMAT_KEY),
                    FORMAT_KEY,
                    format.get(),
                    "is not a supported format version",
                    "1 or " + FORMAT_VERSION,
                    "");
        }
        Optional<String> id = map.scalar("id", true, problems)
                .filter(v -> check(
                        RowFields.KEBAB_ID.matcher(v).matches(),
                        map,
                        "id",
                        v,
                        "a kebab-case id such as ai-stack",
                        problems));
        Optional<String> name = map.scalar("name", true, problems);
        Optional<String> version = map.scalar("version", true, problems);
        Optional<Integer> year = map.scalar("year", true, problems)
                .filter(v -> check(v.matches("\\d{4}"), map, "year", v, "a four-digit year", problems))
                .map(Integer::valueOf);
        Optional<String> coalition = map.scalar("default-coalition", true, problems);
        String description = map.scalar("description", false, problems).orElse("");
        double homeBias = homeBias(map, problems);
        if (id.isEmpty()
                || name.isEmpty()
                || version.isEmpty()
                || year.isEmpty()
                || coalition.isEmpty()
                || !supported
                || homeBias < 0) {
            return Optional.empty();
        }
        DatasetInfo info = new DatasetInfo(
                id.get(), name.get(), version.get(), year.get(), coalition.get(), description, homeBias);
        return Optional.of(new Header(
                info, map.locationOf("default-coalition"), Integer.parseInt(format.get()), map.locationOf(FORMAT_KEY)));
    }

    /** The home bias of link synthesis, 0 by default, -1 when invalid (a problem is recorded). */
    private static double homeBias(YamlMap map, Problems problems) {
        Optional<YamlMap> synthesis = map.map("link-synthesis", problems);
        if (synthesis.isEmpty()) {
            return 0;
        }
        synthesis.get().rejectUnknownKeys(Set.of("home-bias"), problems);
        Optional<String> text = synthesis.get().scalar("home-bias", false, problems);
        if (text.isEmpty()) {
            return 0;
        }
        if (RowFields.PLAIN_NUMBER.matcher(text.get()).matches()) {
            double h = Double.parseDouble(text.get());
            if (h >= 0 && h <= 1) {
                return h;
            }
        }
        problems.error(
                synthesis.get().locationOf("home-bias"),
                "home-bias",
                text.get(),
                "is not a fraction",
                "a number between 0 and 1",
                "");
        return -1;
    }

    private static boolean check(
            boolean ok, YamlMap map, String key, String value, String expected, Problems problems) {
        if (!ok) {
            problems.error(map.locationOf(key), key, value, "is not valid", expected, "");
        }
        return ok;
    }
}
