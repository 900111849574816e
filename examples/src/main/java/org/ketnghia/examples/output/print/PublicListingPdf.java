package org.ketnghia.examples.output.print;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.PublicListingRow;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.examples.output.AtomicFile;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.output.print.PrintFonts.Faces;

/**
 * The public list of a commune as it is printed and posted (<i>danh sách niêm yết công khai</i>): A4 portrait, the
 * commune People's Committee and the national motto at the head, the title, the date of the figures and the posting
 * period and places, one numbered row per support under a table header repeated on every page, long names wrapped,
 * the total in figures and in words (bằng chữ), a note on where to send comments, the signature block (the preparer, and the chairman for the
 * committee) and "Trang x/y" at the foot of every page.
 *
 * <p>The text is set in Liberation Serif, embedded as a subset, so the text layer holds the Vietnamese letters as
 * printed. When the ledger is simulated, every page carries {@link SimulationMarks#TEXT} at its top and across it.
 * The same input gives the same bytes: no date of production, a document id derived from the content.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicListingPdf {

    /** The title printed on the list. */
    public static final String TITLE = "DANH SÁCH CÁC HỘ ĐƯỢC HỖ TRỢ";
    /** The column headings, as in the list's CSV. */
    public static final List<String> COLUMNS = PublicListing.CSV_HEADER;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color MARK_RED = new Color(0xB0, 0x00, 0x20);
    private static final float[] COLUMN_WIDTHS = {28, 118, 70, 72, 112};
    private static final float BODY = 11;
    private static final float TABLE = 10.5f;
    private static final float PADDING = 3.5f;
    private static final float SIGNATURE_SPACE = 130;

    private PublicListingPdf() {
    }

    /** The file name of the list of {@code communeCode} on {@code date}, e.g. {@code QNA.TAY-GIANG.A-XAN-2026-06-30.pdf}. */
    public static String fileName(String communeCode, LocalDate date) {
        return requireNonNull(communeCode, "communeCode") + "-" + requireNonNull(date, "date") + ".pdf";
    }

    /**
     * Writes the list to {@code file} whole, through a file aside moved into place ({@link AtomicFile}).
     *
     * @throws KetnghiaException {@link PrintErrorCode#PRINT_WRITE_FAILED} if the file cannot be written
     */
    public static void write(PublicListing listing, PostingNotice notice, String programmeVi, boolean simulated,
            Path file) {
        requireNonNull(file, "file");
        byte[] pdf = render(listing, notice, programmeVi, simulated);
        try {
            AtomicFile.write(file, AtomicFile.Access.OWNER_ONLY, pdf);
        } catch (IOException e) {
            throw new KetnghiaException(KetnghiaException.of(PrintErrorCode.PRINT_WRITE_FAILED, "file", file,
                    e.getMessage()).problems(), e);
        }
    }

    /**
     * The list as PDF bytes.
     *
     * @param listing the list
     * @param notice when and where it is posted
     * @param programmeVi the programme's title in Vietnamese, printed under the title; empty for none
     * @param simulated whether the ledger is simulated: then every page carries {@link SimulationMarks#TEXT}
     */
    public static byte[] render(PublicListing listing, PostingNotice notice, String programmeVi, boolean simulated) {
        requireNonNull(listing, "listing");
        requireNonNull(notice, "notice");
        requireNonNull(programmeVi, "programmeVi");
        try (PDDocument document = new PDDocument(); Faces faces = PrintFonts.get().embed(document)) {
            try (PdfCanvas canvas = new PdfCanvas(document, PrintFonts.get())) {
                new Layout(listing, notice, programmeVi, simulated, canvas, faces).draw();
            }
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(TITLE + " — " + listing.communeName() + " — " + DATE.format(listing.date())
                    + (simulated ? " — " + SimulationMarks.TEXT : ""));
            information.setSubject("Niêm yết công khai / public posting");
            document.setDocumentInformation(information);
            document.setDocumentId(contentId(listing, notice, programmeVi, simulated));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Money in whole đồng with Vietnamese grouping, e.g. {@code 20.000.000}. */
    static String dong(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VIETNAMESE);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }

    /** The place name of the date line: the unit's name without its kind ("xã Hùng Sơn" → "Hùng Sơn"). */
    static String placeName(String communeName) {
        for (String kind : List.of("xã ", "phường ", "thị trấn ", "đặc khu ", "huyện ", "thị xã ", "quận ",
                "thành phố ", "tỉnh ")) {
            if (communeName.toLowerCase(VIETNAMESE).startsWith(kind)) {
                return communeName.substring(kind.length());
            }
        }
        return communeName;
    }

    private static long contentId(PublicListing listing, PostingNotice notice, String programmeVi, boolean simulated) {
        CRC32 crc = new CRC32();
        crc.update((listing.communeName() + '\n' + listing.date() + '\n' + listing.toCsv() + '\n' + notice + '\n'
                + programmeVi + '\n' + simulated).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Lays one list out page by page. */
    private static final class Layout {
        private final PublicListing listing;
        private final PostingNotice notice;
        private final String programmeVi;
        private final boolean simulated;
        private final PdfCanvas canvas;
        private final Faces faces;
        private final float[] columns;
        private float y;

        Layout(PublicListing listing, PostingNotice notice, String programmeVi, boolean simulated, PdfCanvas canvas,
                Faces faces) {
            this.listing = listing;
            this.notice = notice;
            this.programmeVi = programmeVi;
            this.simulated = simulated;
            this.canvas = canvas;
            this.faces = faces;
            float used = 0;
            for (float width : COLUMN_WIDTHS) {
                used += width;
            }
            this.columns = new float[COLUMN_WIDTHS.length + 1];
            System.arraycopy(COLUMN_WIDTHS, 0, columns, 0, COLUMN_WIDTHS.length);
            columns[COLUMN_WIDTHS.length] = PdfCanvas.WIDTH - used;
        }

        void draw() throws IOException {
            page(true);
            head();
            tableHeader();
            List<PublicListingRow> rows = listing.rows();
            if (rows.isEmpty()) {
                float height = TABLE * 1.2f + 2 * PADDING;
                canvas.box(PdfCanvas.LEFT, y - height, PdfCanvas.WIDTH, height, 0.4f);
                canvas.centred(faces.italic(), TABLE, PdfCanvas.LEFT + PdfCanvas.WIDTH / 2, baseline(y, 0),
                        "Không có hộ nào được hỗ trợ.");
                y -= height;
            }
            for (int i = 0; i < rows.size(); i++) {
                PublicListingRow row = rows.get(i);
                row(new String[] {Integer.toString(i + 1), row.headName(), row.villageName(), row.category(),
                    row.support(), dong(row.value().dong())}, faces.regular());
            }
            total();
            closing();
            pageNumbers();
        }

        /** A new page: the mark when simulated, and after the first page a running head. */
        private void page(boolean first) throws IOException {
            canvas.newPage();
            if (simulated) {
                canvas.diagonal(MARK_RED, faces.bold(), SimulationMarks.TEXT);
                canvas.coloured(MARK_RED, faces.bold(), 11, PdfCanvas.LEFT + PdfCanvas.WIDTH / 2,
                        PdfCanvas.PAGE.getHeight() - 9 * PdfCanvas.MM, SimulationMarks.TEXT);
            }
            y = PdfCanvas.TOP;
            if (!first) {
                canvas.text(faces.italic(), 10, PdfCanvas.LEFT, y - 10, "UBND " + listing.communeName() + " — "
                        + sentenceCase(TITLE) + ", số liệu đến ngày " + DATE.format(listing.date()) + " (tiếp theo)");
                y -= 18;
            }
        }

        /** The committee and the national motto, the place and date, the title and the posting notice. */
        private void head() throws IOException {
            float left = PdfCanvas.LEFT + 90;
            float right = PdfCanvas.LEFT + 190 + (PdfCanvas.WIDTH - 190) / 2;
            canvas.centred(faces.regular(), 12, left, y - 12, "ỦY BAN NHÂN DÂN");
            String commune = listing.communeName().toUpperCase(VIETNAMESE);
            canvas.centred(faces.bold(), 12, left, y - 27, commune);
            float communeWidth = Math.min(canvas.width(faces.bold(), 12, commune), 80);
            canvas.line(left - communeWidth / 2, y - 31, left + communeWidth / 2, y - 31, 0.6f);
            canvas.centred(faces.bold(), 12, right, y - 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            String motto = "Độc lập - Tự do - Hạnh phúc";
            canvas.centred(faces.bold(), 12.5f, right, y - 27, motto);
            float mottoWidth = canvas.width(faces.bold(), 12.5f, motto);
            canvas.line(right - mottoWidth / 2, y - 31, right + mottoWidth / 2, y - 31, 0.6f);
            LocalDate date = listing.date();
            canvas.centred(faces.italic(), 12, right, y - 50, placeName(listing.communeName()) + ", ngày "
                    + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear());
            y -= 80;
            canvas.centred(faces.bold(), 14, PdfCanvas.LEFT + PdfCanvas.WIDTH / 2, y, TITLE);
            y -= 16;
            canvas.centred(faces.italic(), 12, PdfCanvas.LEFT + PdfCanvas.WIDTH / 2, y, "(Niêm yết công khai)");
            y -= 6;
            if (!programmeVi.isBlank()) {
                paragraph(faces.italic(), BODY, "Thuộc " + programmeVi, true);
            }
            paragraph(faces.regular(), BODY, "Số liệu tính đến hết ngày " + DATE.format(date) + ".", true);
            paragraph(faces.regular(), BODY, "Thời gian niêm yết: từ ngày " + DATE.format(notice.postedFrom())
                    + " đến hết ngày " + DATE.format(notice.postedUntil()) + " (" + notice.days() + " ngày).", true);
            paragraph(faces.regular(), BODY, "Địa điểm niêm yết: " + String.join("; ", notice.placesVi()) + ".", true);
            if (simulated) {
                paragraph(faces.italic(), 10, SimulationMarks.EXPLANATION, true);
            }
            y -= 8;
        }

        private void paragraph(PDFont font, float size, String text, boolean centred) throws IOException {
            for (String line : canvas.wrap(font, size, text, PdfCanvas.WIDTH)) {
                y -= size * 1.3f;
                if (centred) {
                    canvas.centred(font, size, PdfCanvas.LEFT + PdfCanvas.WIDTH / 2, y, line);
                } else {
                    canvas.text(font, size, PdfCanvas.LEFT, y, line);
                }
            }
        }

        private void tableHeader() throws IOException {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns.length; c++) {
                List<String> wrapped = canvas.wrap(faces.bold(), TABLE, COLUMNS.get(c), columns[c] - 2 * PADDING);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * TABLE * 1.2f + 2 * PADDING;
            canvas.shade(PdfCanvas.LEFT, y - height, PdfCanvas.WIDTH, height, 0.9f);
            float x = PdfCanvas.LEFT;
            for (float column : columns) {
                canvas.box(x, y - height, column, height, 0.6f);
                x += column;
            }
            // line by line across the columns, so that the text layer reads each printed line in order
            for (int l = 0; l < lines; l++) {
                x = PdfCanvas.LEFT;
                for (int c = 0; c < columns.length; c++) {
                    if (l < cells.get(c).size()) {
                        canvas.centred(faces.bold(), TABLE, x + columns[c] / 2, baseline(y, l), cells.get(c).get(l));
                    }
                    x += columns[c];
                }
            }
            y -= height;
        }

        /** One row; on a new page (with the table header again) when it does not fit. */
        private void row(String[] cells, PDFont font) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns.length; c++) {
                List<String> cell = c == 0 || c == columns.length - 1 ? List.of(cells[c])
                        : canvas.wrap(font, TABLE, cells[c], columns[c] - 2 * PADDING);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * TABLE * 1.2f + 2 * PADDING;
            if (y - height < PdfCanvas.BOTTOM) {
                page(false);
                tableHeader();
            }
            float x = PdfCanvas.LEFT;
            for (float column : columns) {
                canvas.box(x, y - height, column, height, 0.4f);
                x += column;
            }
            for (int l = 0; l < lines; l++) {
                x = PdfCanvas.LEFT;
                for (int c = 0; c < columns.length; c++) {
                    if (l < wrapped.get(c).size()) {
                        cell(font, c, x, baseline(y, l), wrapped.get(c).get(l));
                    }
                    x += columns[c];
                }
            }
            y -= height;
        }

        /** One line of a cell: the number centred, the value right-aligned (smaller if it must), the rest left. */
        private void cell(PDFont font, int column, float x, float baseline, String line) throws IOException {
            if (column == 0) {
                canvas.centred(font, TABLE, x + columns[column] / 2, baseline, line);
            } else if (column == columns.length - 1) {
                canvas.right(font, fitting(font, line, columns[column]), x + columns[column] - PADDING, baseline, line);
            } else {
                canvas.text(font, TABLE, x + PADDING, baseline, line);
            }
        }

        /** The total row, and under it the total in words (bằng chữ), kept on one page. */
        private void total() throws IOException {
            float height = TABLE * 1.2f + 2 * PADDING;
            String inWords = "Bằng chữ: " + AmountInWords.of(listing.total()) + ".";
            float wordsHeight = 4 + canvas.wrap(faces.italic(), BODY, inWords, PdfCanvas.WIDTH).size() * BODY * 1.3f;
            if (y - height - wordsHeight < PdfCanvas.BOTTOM) {
                page(false);
                tableHeader();
            }
            float labelWidth = PdfCanvas.WIDTH - columns[columns.length - 1];
            canvas.box(PdfCanvas.LEFT, y - height, labelWidth, height, 0.6f);
            canvas.box(PdfCanvas.LEFT + labelWidth, y - height, columns[columns.length - 1], height, 0.6f);
            canvas.text(faces.bold(), TABLE, PdfCanvas.LEFT + columns[0] + PADDING, baseline(y, 0),
                    "Tổng cộng: " + listing.rows().size() + " lượt hỗ trợ");
            String total = dong(listing.total().dong());
            canvas.right(faces.bold(), fitting(faces.bold(), total, columns[columns.length - 1]),
                    PdfCanvas.RIGHT - PADDING, baseline(y, 0), total);
            y -= height;
            y -= 4;
            paragraph(faces.italic(), BODY, inWords, false);
        }

        /** The note on comments and the signature block, kept together on one page. */
        private void closing() throws IOException {
            String note = "Trong thời gian niêm yết, mọi ý kiến phản ánh, kiến nghị về danh sách này xin gửi về Ủy ban "
                    + "nhân dân " + listing.communeName() + " (trực tiếp, qua trưởng thôn hoặc hộp thư góp ý) để được "
                    + "xem xét, giải quyết theo quy định.";
            List<String> noteLines = canvas.wrap(faces.italic(), BODY, note, PdfCanvas.WIDTH);
            if (y - noteLines.size() * BODY * 1.3f - SIGNATURE_SPACE < PdfCanvas.BOTTOM) {
                page(false);
            }
            y -= 4;
            paragraph(faces.italic(), BODY, note, false);
            y -= 22;
            float left = PdfCanvas.LEFT + 90;
            float right = PdfCanvas.LEFT + 190 + (PdfCanvas.WIDTH - 190) / 2;
            canvas.centred(faces.bold(), 12, left, y, "NGƯỜI LẬP BIỂU");
            canvas.centred(faces.italic(), 11, left, y - 14, "(Ký, ghi rõ họ tên)");
            canvas.centred(faces.bold(), 12, right, y, "TM. ỦY BAN NHÂN DÂN");
            canvas.centred(faces.bold(), 12, right, y - 14, "CHỦ TỊCH");
            canvas.centred(faces.italic(), 11, right, y - 28, "(Ký tên, đóng dấu)");
            y -= SIGNATURE_SPACE;
        }

        /** "Trang x/y" and the list's name at the foot of every page, once the page count is known. */
        private void pageNumbers() throws IOException {
            int count = canvas.pageCount();
            for (int i = 0; i < count; i++) {
                canvas.reopen(i);
                float foot = 10 * PdfCanvas.MM;
                canvas.text(faces.italic(), 9, PdfCanvas.LEFT, foot, "Danh sách niêm yết công khai — "
                        + listing.communeName() + " — số liệu đến ngày " + DATE.format(listing.date()));
                canvas.right(faces.regular(), 10, PdfCanvas.RIGHT, foot, "Trang " + (i + 1) + "/" + count);
                if (simulated) {
                    canvas.coloured(MARK_RED, faces.bold(), 9, PdfCanvas.LEFT + PdfCanvas.WIDTH / 2, foot - 12,
                            SimulationMarks.TEXT);
                }
            }
        }

        private float fitting(PDFont font, String text, float column) throws IOException {
            float size = TABLE;
            while (size > 6 && canvas.width(font, size, text) > column - 2 * PADDING) {
                size -= 0.5f;
            }
            return size;
        }

        private static float baseline(float top, int line) {
            return top - PADDING - TABLE * 0.95f - line * TABLE * 1.2f;
        }

        private static String sentenceCase(String upper) {
            String lower = upper.toLowerCase(VIETNAMESE);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }
}
