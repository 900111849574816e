package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProgrammeReports;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.OutputWriter;

/**
 * What the site needs from a programme host that the run has not already computed: indicator definitions, public lists
 * and the facts every page states.
 */
public final class SiteInputs {

    private SiteInputs() {
    }

    /**
     * The facts a page of {@code host}'s programme states, produced now: its figures come from the ledger at {@code
     * ledger}, or from none when it is empty, and are simulated when {@code simulated}.
     *
     * @param provinceVi the province data as {@link #provinceVi} names it
     */
    public static SiteContext context(ProgrammeHost host, String provinceVi, Optional<LedgerPosition> ledger,
            boolean simulated) {
        requireNonNull(host, "host");
        return new SiteContext(host.plan().programme().id(), host.plan().programme().titleVi(), host.file().name(),
                requireNonNull(provinceVi, "provinceVi"), requireNonNull(ledger, "ledger"), Instant.now(), simulated);
    }

    /** The province data as the site names it: the province unit's name and the pack's id, e.g. "tỉnh Quảng Nam (QNA)". */
    public static String provinceVi(ProvinceData province) {
        requireNonNull(province, "province");
        return province.units().units().stream().filter(unit -> unit.levelId().equals(AdminLevel.PROVINCE))
                .map(unit -> unit.name()).distinct().reduce((first, second) -> first + ", " + second)
                .map(name -> name + " (" + province.id() + ")").orElse(province.id());
    }

    /** Every report indicator the host knows (its own and its models'), by id. */
    public static Map<String, IndicatorDefinition> definitions(ProgrammeHost host) {
        requireNonNull(host, "host");
        Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
        ProgrammeReports.hostSources().forEach(source -> definitions.put(source.definition().id(), source.definition()));
        for (PilotModel model : host.runtime().models()) {
            model.indicators().forEach(indicator -> definitions.put(indicator.id(), indicator));
        }
        return definitions;
    }

    /**
     * The public lists of the communes whose CSV files the run wrote ({@code <commune code>.csv} in
     * {@value OutputWriter#DISCLOSURE}), as of {@code date} or the commune's last day.
     */
    public static List<PublicList> publicLists(ProgrammeHost host, LocalDate date, Collection<String> csvFileNames) {
        requireNonNull(host, "host");
        requireNonNull(date, "date");
        SupportLedger supports = host.projection(SupportLedger.class);
        List<PublicList> lists = new ArrayList<>();
        for (String fileName : csvFileNames) {
            String commune = fileName.substring(0, fileName.length() - ".csv".length());
            PublicListing listing = supports.publicListing(commune, OutputWriter.listingDate(host, commune, date), host.units());
            lists.add(new PublicList(commune, listing, OutputWriter.DISCLOSURE + "/" + fileName,
                    OutputWriter.DISCLOSURE + "/" + commune + ".txt"));
        }
        return lists;
    }
}
