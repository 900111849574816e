package org.ketnghia.livestock.programme;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.ketnghia.livestock.Species;

/**
 * The keys of the spending norms (<i>định mức chi</i>) the livestock model checks purchases against,
 * as the host declares them with the programme ({@code org.ketnghia.core.programme.SpendingNorm}):
 * {@code livestock.cattle.price-per-head} (about 20,000,000 đồng in the Quảng Nam plan, "mỗi con bình
 * quân 20 triệu đồng") and {@code livestock.goat.price-per-head} (about 4,000,000 đồng). The plan
 * speaks of an average (<i>bình quân</i>), so a lot's average price per head of each species is
 * compared with its norm. Stateless.
 */
public final class LivestockNorms {

    /** The norm key of the price of one head of cattle. */
    public static final String CATTLE_PRICE_PER_HEAD = "livestock.cattle.price-per-head";
    /** The norm key of the price of one goat. */
    public static final String GOAT_PRICE_PER_HEAD = "livestock.goat.price-per-head";

    private LivestockNorms() {
    }

    /**
     * The norm key of the price per head of {@code species}: {@code livestock.<species>.price-per-head}.
     *
     * @throws NullPointerException if {@code species} is null
     */
    public static String pricePerHead(Species species) {
        return "livestock." + requireNonNull(species, "species").name().toLowerCase(Locale.ROOT) + ".price-per-head";
    }
}
