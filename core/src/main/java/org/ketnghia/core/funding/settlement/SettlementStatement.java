package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ketnghia.core.funding.PlanActualTable;
import org.ketnghia.core.money.Money;

/**
 * A settlement printed for the host (<i>biểu quyết toán</i>): its lines summed per model, per
 * fund-holding unit, per sponsor, per source or per share, each table with a total row that is the exact
 * sum of its rows (and equal to the settlement's totals). Stateless and thread-safe.
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
     * @param amounts the exact sums of the lines under the key
     */
    public record Row(String key, SettlementAmounts amounts) {

        /** Checks that no part is missing. */
        public Row {
            requireNonNull(key, "key");
            requireNonNull(amounts, "amounts");
        }
    }

    private SettlementStatement() {
    }

    /** The rows of {@code settled} by {@code dimension}, sorted by key; immutable. */
    public static List<Row> rows(AccountsSettled settled, Dimension dimension) {
        requireNonNull(settled, "settled");
        requireNonNull(dimension, "dimension");
        Map<String, SettlementAmounts> sums = new TreeMap<>();
        for (SettlementLine line : settled.lines()) {
            sums.merge(dimension.key.apply(line), line.amounts(), SettlementAmounts::plus);
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((key, amounts) -> rows.add(new Row(key, amounts)));
        return List.copyOf(rows);
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
            append(text, row);
        }
        append(text, new Row(vi ? "Tổng cộng" : "Total", settled.totals()));
        return text.toString();
    }

    private static void append(StringBuilder text, Row row) {
        SettlementAmounts a = row.amounts();
        text.append(row.key());
        for (Money money : List.of(a.pledged(), a.received(), a.inKind(), a.transferredIn(), a.transferredOut(), a.spent(),
                a.balance())) {
            text.append('\t').append(money.dong());
        }
        text.append('\n');
    }
}
