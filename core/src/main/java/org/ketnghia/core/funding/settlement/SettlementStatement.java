package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.ketnghia.core.funding.PlanActualTable;
import org.ketnghia.core.money.Money;

/**
 * A settlement printed for the host (<i>biểu quyết toán</i>): its lines summed per model, per
 * fund-holding unit, per sponsor, per source or per share, each table with a total row that is the exact
 * sum of its rows (and equal to the settlement's totals). Stateless and thread-safe.
 *
 * <p>The lines of money another programme spent ({@link SettlementLine#spentByProgramme()}) are summed into rows of
 * their own, one per key and programme, right after the key's own row and labelled {@code "<key> — chương trình
 * <P> đã chi"} in Vietnamese, {@code "<key> — spent by programme <P>"} in English ({@link #label}): their spending is
 * not the settled programme's, and the total row, which includes them, carries forward what the settled programme
 * can really still use. A settlement without such lines prints as before.
 *
 * <pre>{@code
 * AccountsSettled settled = ledger.read(FundingSettlements.class, s -> s.settlement("qt-2026")).orElseThrow().accounts();
 * String text = SettlementStatement.format(settled, SettlementStatement.Dimension.SPONSOR, Locale.forLanguageTag("vi"));
 * }</pre>
 */
public final class SettlementStatement {

    /** The key of the total row. */
    public static final String TOTAL = PlanActualTable.TOTAL;

    /** What the rows of a statement are keyed by. */
    public enum Dimension {
        /** Per pilot model (<i>theo mô hình</i>). */
        MODEL("Mô hình", "Model", SettlementLine::modelId),
        /** Per fund-holding unit: commune, district or provincial body (<i>theo đơn vị</i>). */
        UNIT("Đơn vị", "Unit", SettlementLine::unitCode),
        /** Per sponsor; money of sources without a sponsor under {@link PlanActualTable#UNATTRIBUTED}. */
        SPONSOR("Đơn vị kết nghĩa", "Sponsor", line -> line.sponsorId().orElse(PlanActualTable.UNATTRIBUTED)),
        /** Per funding source (<i>theo nguồn vốn</i>). */
        SOURCE("Nguồn vốn", "Source", SettlementLine::sourceId),
        /** Per share: state budget or mobilised (<i>cơ cấu nguồn</i>). */
        SHARE("Cơ cấu nguồn", "Share", line -> line.share().name());

        private final String headerVi;
        private final String headerEn;
        private final Function<SettlementLine, String> key;

        Dimension(String headerVi, String headerEn, Function<SettlementLine, String> key) {
            this.headerVi = headerVi;
            this.headerEn = headerEn;
            this.key = key;
        }
    }

    /**
     * One row of a statement.
     *
     * @param key the model id, unit code, sponsor id, source id or share name, or {@link #TOTAL}
     * @param spentByProgramme the other programme whose spending the row sums ({@link
     *     SettlementLine#spentByProgramme()}); empty for the settled programme's own figures and the total
     * @param amounts the exact sums of the lines under the key
     */
    public record Row(String key, Optional<String> spentByProgramme, SettlementAmounts amounts) {

        /** Checks that no part is missing. */
        public Row {
            requireNonNull(key, "key");
            requireNonNull(spentByProgramme, "spentByProgramme");
            requireNonNull(amounts, "amounts");
        }

        /** A row of the settled programme's own figures, or the total. */
        public Row(String key, SettlementAmounts amounts) {
            this(key, Optional.empty(), amounts);
        }
    }

    private SettlementStatement() {
    }

    /**
     * The rows of {@code settled} by {@code dimension}, sorted by key, each key's rows of money spent by other
     * programmes after its own row, by programme; immutable.
     */
    public static List<Row> rows(AccountsSettled settled, Dimension dimension) {
        requireNonNull(settled, "settled");
        requireNonNull(dimension, "dimension");
        Map<String, Map<String, SettlementAmounts>> sums = new TreeMap<>();
        for (SettlementLine line : settled.lines()) {
            sums.computeIfAbsent(dimension.key.apply(line), key -> new TreeMap<>())
                    .merge(line.spentByProgramme().orElse(""), line.amounts(), SettlementAmounts::plus);
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((key, byProgramme) -> byProgramme.forEach((spentBy, amounts) -> rows.add(
                new Row(key, Optional.of(spentBy).filter(programme -> !programme.isEmpty()), amounts))));
        return List.copyOf(rows);
    }

    /**
     * The row's label: its key, followed for money another programme spent by {@code " — chương trình <P> đã chi"}
     * for {@code vi}, else {@code " — spent by programme <P>"}.
     */
    public static String label(Row row, Locale locale) {
        requireNonNull(row, "row");
        requireNonNull(locale, "locale");
        boolean vi = "vi".equals(locale.getLanguage());
        return row.spentByProgramme().map(programme -> row.key() + (vi ? " — chương trình " + programme + " đã chi"
                : " — spent by programme " + programme)).orElse(row.key());
    }

    /** The total row: the exact sum of every row, whatever the dimension. */
    public static Row total(AccountsSettled settled) {
        return new Row(TOTAL, requireNonNull(settled, "settled").totals());
    }

    /**
     * The statement as plain text, one row per line and a total row, columns separated by tabs: key,
     * pledged, received, in kind, transferred in, transferred out, spent, balance carried forward. Headers
     * in Vietnamese for {@code vi}, else English; amounts in whole đồng.
     */
    public static String format(AccountsSettled settled, Dimension dimension, Locale locale) {
        requireNonNull(locale, "locale");
        boolean vi = "vi".equals(locale.getLanguage());
        StringBuilder text = new StringBuilder();
        text.append(vi ? "Quyết toán " : "Settlement ").append(settled.settlementId())
                .append(vi ? " đến hết ngày " : " to ").append(settled.periodEnd()).append(" — ")
                .append(settled.decisionReference()).append('\n');
        text.append(vi ? dimension.headerVi : dimension.headerEn).append('\t')
                .append(vi ? "Cam kết\tĐã nhận\tHiện vật, ngày công\tNhận điều chuyển\tĐiều chuyển đi\tĐã chi\tSố dư chuyển kỳ sau"
                        : "Pledged\tReceived\tIn kind\tTransferred in\tTransferred out\tSpent\tBalance carried forward")
                .append('\n');
        for (Row row : rows(settled, dimension)) {
            append(text, row, locale);
        }
        append(text, new Row(vi ? "Tổng cộng" : "Total", settled.totals()), locale);
        return text.toString();
    }

    private static void append(StringBuilder text, Row row, Locale locale) {
        SettlementAmounts a = row.amounts();
        text.append(label(row, locale));
        for (Money money : List.of(a.pledged(), a.received(), a.inKind(), a.transferredIn(), a.transferredOut(), a.spent(),
                a.balance())) {
            text.append('\t').append(money.dong());
        }
        text.append('\n');
    }
}
