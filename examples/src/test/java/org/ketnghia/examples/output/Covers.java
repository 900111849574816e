package org.ketnghia.examples.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;

/** Reads back what a written workbook's cover says, and what the ledger it names holds, for the CLI's tests. */
public final class Covers {

    private Covers() {
    }

    /** The value the cover of {@code xlsx} gives beside {@code label} ("Sổ cái", "Tỉnh" …), if it has that row. */
    public static Optional<String> fact(Path xlsx, String label) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet cover = workbook.getSheet(OfficialWorkbook.COVER_SHEET);
            for (Row row : cover) {
                Cell name = row.getCell(0);
                Cell value = row.getCell(1);
                if (name != null && value != null && label.equals(name.getStringCellValue())) {
                    return Optional.of(value.getStringCellValue());
                }
            }
            return Optional.empty();
        }
    }

    /** The cover's ledger row of {@code xlsx} ("Sổ cái"), if it has one. */
    public static Optional<String> ledger(Path xlsx) throws IOException {
        return fact(xlsx, "Sổ cái");
    }

    /** The last sequence and hash of the durable H2 ledger in {@code folder}, read from its store. */
    public static LedgerPosition stored(Path folder) {
        try (JdbcEventStore store = JdbcEventStore.open(JdbcStores.h2(folder), new EventCodec(KetnghiaJson.newObjectMapper()))) {
            return new LedgerPosition(store.lastSequence(), store.lastHash());
        }
    }

    /** How a cover names {@code state}: {@code "sự kiện cuối số 1234, mã băm 9f…"}. */
    public static String named(LedgerPosition state) {
        return WorkbookCover.ledger(state.lastSequence(), state.lastHash());
    }
}
