package org.lodestone.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import org.apache.spark.SparkConf;

/**
 * Ships the job's own jar to the executors when nothing else does. {@code spark-submit} sets
 * {@code spark.jars} to the application jar; a driver started without it (a plain {@code java -cp}
 * against a {@code spark://} master) leaves it unset, and the executors then cannot load Lodestone's
 * classes: the first task fails deserialising a lambda ({@code SerializedLambda}) with no hint why.
 */
final class JobJar {

    private JobJar() {}

    /**
     * A job's Spark configuration: its name, the master when given (else what spark-submit set), and
     * {@code spark.jars} set to this jar when the driver was started without spark-submit.
     */
    static SparkConf conf(String appName, Optional<String> master) {
        SparkConf conf = new SparkConf().setAppName(appName);
        master.ifPresent(conf::setMaster);
        ship(conf, own());
        return conf;
    }

    /**
     * Sets {@code spark.jars} to {@code jar} when it is unset, the master is not local and {@code
     * jar} is a jar file (not a classes folder, as in tests).
     *
     * @return the jar set, if one was
     */
    static Optional<Path> ship(SparkConf conf, Optional<Path> jar) {
        String master = conf.get("spark.master", "");
        if (conf.contains("spark.jars") || master.isEmpty() || master.startsWith("local")) {
            return Optional.empty();
        }
        Optional<Path> file =
                jar.filter(j -> Files.isRegularFile(j) && j.toString().endsWith(".jar"));
        file.ifPresent(j -> conf.setJars(new String[] {j.toAbsolutePath().toString()}));
        return file;
    }

    /** The jar (or classes folder) this class was loaded from. */
    static Optional<Path> own() {
        CodeSource source = JobJar.class.getProtectionDomain().getCodeSource();
        try {
            return source == null
                    ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the job's jar: " + source.getLocation(), e);
        }
    }
}
