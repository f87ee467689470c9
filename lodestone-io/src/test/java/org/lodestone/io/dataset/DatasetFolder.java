package org.lodestone.io.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small valid dataset written to a folder, with any file replaceable, so that each test breaks
 * exactly one thing. Line numbers in tests refer to the texts below. It is the one tiny dataset of
 * the tests: other modules use it through lodestone-io's test jar, replacing the files they need.
 */
public final class DatasetFolder {

    public static final String DATASET_YAML = """
            lodestone-dataset: 1
            id: tiny
            name: Tiny test dataset
            version: "1"
            year: 2024
            default-coalition: allies
            """;
    public static final String SOURCES = """
            id,title,publisher,year,url
            S1,Survey,Agency,2025,https://example.org/s1
            S2,Study,Institute,,
            """;
    public static final String REGIONS = """
            code,name
            CHN,China
            AUS,Australia
            JPN,Japan
            USA,United States
            ROW,Rest of world
            """;
    public static final String GROUPS = """
            allies:
              name: Allies
              source: S1
              members:
                - {region: USA, joined: 2025-12-12}
                - {region: JPN, joined: 2025-12-12}
                - {region: AUS, joined: 2026-01-12}
            concern:
              name: Countries of concern
              members:
                - {region: CHN}
            """;
    public static final String COMMODITIES = """
            id,name,layer,stage,unit
            ore,Ore,minerals,mining,t
            metal,Metal,materials,refining,t
            chip,Chip,hardware,manufacturing,units
            """;
    public static final String PRODUCTION = """
            commodity,region,quantity,source,status,note
            ore,CHN,60,S1,observed,
            ore,AUS,40,S1,observed,
            metal,JPN,10,S1,observed,
            metal,USA,30,S2,estimated,"30% of 100 t, S2"
            chip,USA,100,S1;S2,assumed,one plant
            """;
    public static final String RECIPES = """
            output,input,quantity,essential,inventory_days,source,status,note
            metal,ore,2,true,30,S1,observed,
            chip,metal,0.4,true,,S2,assumed,rough engineering estimate
            """;
    public static final String FINAL_DEMAND = """
            commodity,region,quantity,source,status,note
            chip,USA,60,S1,observed,
            chip,JPN,40,S1,observed,
            metal,CHN,0,S1,assumed,placeholder
            """;

    private final Map<String, String> files = new LinkedHashMap<>();

    /** The dataset as the texts above give it. */
    public DatasetFolder() {
        files.put("dataset.yaml", DATASET_YAML);
        files.put("sources.csv", SOURCES);
        files.put("regions.csv", REGIONS);
        files.put("groups.yaml", GROUPS);
        files.put("commodities.csv", COMMODITIES);
        files.put("production.csv", PRODUCTION);
        files.put("recipes.csv", RECIPES);
        files.put("final_demand.csv", FINAL_DEMAND);
    }

    /** Replaces (or adds) a file. */
    public DatasetFolder with(String file, String text) {
        files.put(file, text);
        return this;
    }

    /** Leaves a file out. */
    public DatasetFolder without(String file) {
        files.remove(file);
        return this;
    }

    /** Writes the files into {@code folder} and returns it. */
    public Path writeTo(Path folder) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(folder.resolve(e.getKey()), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
