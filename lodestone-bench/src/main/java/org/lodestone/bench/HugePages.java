package org.lodestone.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether this JVM runs with transparent huge pages ({@code -XX:+UseTransparentHugePages}), as the
 * {@code lodestone} launcher asks where the kernel grants them on request and the step benchmarks'
 * forks do: the probes print it, so their figures are compared only with runs under the same option.
 */
final class HugePages {

    private HugePages() {}

    /** One line, e.g. {@code transparent huge pages: on}. */
    static String state() {
        try {
            String value = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseTransparentHugePages")
                    .getValue();
            return "transparent huge pages: "
                    + (Boolean.parseBoolean(value)
                            ? "on"
                            : "off (-XX:+UseTransparentHugePages, as ./lodestone on Linux)");
        } catch (IllegalArgumentException e) {
            return "transparent huge pages: no such option in this JVM"; // not Linux
        }
    }
}
