package org.lodestone.core.uncertainty;

import java.io.Serializable;
import java.util.Objects;

/**
 * One uncertain input of a scenario: the field it sets, by path ({@code events[0].share-blocked},
 * {@code model.psi}), and the distribution its values are drawn from.
 *
 * @param path         the field's path (see {@link org.lodestone.core.scenario.ScenarioFields})
 * @param distribution the distribution of its values
 */
public record Variation(String path, Distribution distribution) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Variation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(distribution, "distribution");
    }
}
