package org.lodestone.core.dependency;

import java.util.Set;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.network.NetworkBuilder;

/**
 * A stack small enough to work out by hand: ore (CHN 60, AUS 40) → metal (JPN 20, USA 20; 2 t ore
 * per t) → device (USA 10; 4 t metal per device, essential), and magnets (CHN 5; 0.5 per device,
 * substitutable). Every buyer sources the world mix, so each metal plant buys 24 t ore from CHN and
 * 16 t from AUS, and the device plant 20 t metal from each of JPN and USA and 5 magnets from CHN.
 *
 * <p>Industries, sorted by (region, sector): 0 AUS:ore, 1 CHN:magnet, 2 CHN:ore, 3 JPN:metal,
 * 4 USA:device, 5 USA:metal. Regions: 0 AUS, 1 CHN, 2 JPN, 3 USA. Sectors: 0 device, 1 magnet,
 * 2 metal, 3 ore.
 */
public final class TinyStack {

    public static final int AUS_ORE = 0;
    public static final int CHN_MAGNET = 1;
    public static final int CHN_ORE = 2;
    public static final int JPN_METAL = 3;
    public static final int USA_DEVICE = 4;
    public static final int USA_METAL = 5;
    public static final int DEVICE = 0;
    public static final int MAGNET = 1;
    public static final int METAL = 2;
    public static final int ORE = 3;
    public static final Set<String> ALLIES = Set.of("JPN", "USA");
    public static final Set<String> CONCERN = Set.of("CHN");

    private TinyStack() {}

    public static Dataset dataset() {
        return DatasetFixture.dataset("ore", "metal", "magnet", "device")
                .produce("ore", "CHN", 60)
                .produce("ore", "AUS", 40)
                .produce("metal", "JPN", 20)
                .produce("metal", "USA", 20)
                .produce("magnet", "CHN", 5)
                .produce("device", "USA", 10)
                .recipe("metal", "ore", 2)
                .recipe("device", "metal", 4)
                .recipe("device", "magnet", 0.5, false)
                .finalDemand("device", "USA", 10)
                .build();
    }

    public static StackTable stack() {
        Dataset dataset = dataset();
        return StackTable.of(dataset, NetworkBuilder.build(dataset));
    }
}
