package org.lodestone.io.dataset;

import java.util.List;
import java.util.Objects;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.network.CommodityBalance;
import org.lodestone.core.network.Network;
import org.lodestone.io.problem.Problem;

/**
 * A dataset that loaded without errors, with its built network, its supply/use balance and the
 * warnings found on the way.
 *
 * @param reference how the user named it, e.g. {@code builtin:ai-stack}
 * @param dataset   the validated dataset
 * @param network   nodes and links built from it
 * @param balances  world supply and use per commodity
 * @param warnings  problems that did not stop loading
 */
public record LoadedDataset(
        String reference, Dataset dataset, Network network, List<CommodityBalance> balances, List<Problem> warnings) {

    public LoadedDataset {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(network, "network");
        balances = List.copyOf(balances);
        warnings = List.copyOf(warnings);
    }
}
