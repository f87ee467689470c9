package org.lodestone.core.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One input of a recipe: {@code unitsPerUnitOutput} units of {@code input} per unit of {@code output}.
 *
 * @param output             the commodity made
 * @param input              the commodity used
 * @param unitsPerUnitOutput input units per output unit, each in its commodity's unit
 * @param essential          true if the output stops without it; false if substitutable
 * @param inventoryDays      target stock in days of use; empty for the model default,
 *                           {@code +Infinity} for a stock that never binds
 * @param provenance         where the coefficient comes from
 */
public record RecipeInput(
        CommodityId output,
        CommodityId input,
        double unitsPerUnitOutput,
        boolean essential,
        OptionalDouble inventoryDays,
        Provenance provenance) {

    public RecipeInput {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(input, "input");
        Quantities.requireNonNegative(unitsPerUnitOutput, "recipe coefficient " + output + " <- " + input);
        Objects.requireNonNull(inventoryDays, "inventoryDays");
        if (inventoryDays.isPresent() && !(inventoryDays.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("inventory days must be >= 0, was " + inventoryDays.getAsDouble());
        }
        Objects.requireNonNull(provenance, "provenance");
    }
}
