package org.ketnghia.examples.output.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.PublicListingRow;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.grievance.PostingPlace;
import org.ketnghia.core.grievance.PostingPlaceKind;
import org.ketnghia.core.grievance.PublicListKind;
import org.ketnghia.core.grievance.RecordPosting;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.examples.output.SimulationMarks;

class PublicListingPdfTest {

    private static final List<String> HEADS = List.of("Nguyễn Thị Ưng", "Bríu Thị Hoa", "Alăng Văn Bốn", "Hồ Văn Đức",
            "Trần Thị Ơn");
    private static final String PROGRAMME = "Kế hoạch công tác kết nghĩa tỉnh Quảng Nam 2021–2025";
    /** A row of the table: its number, then the rest of the line, ending with the value in đồng. */
    private static final Pattern ROW = Pattern.compile("^(\\d+) (.+) ([\\d.]+)$", Pattern.MULTILINE);

    private final PublicListing listing = new ListingFixture(HEADS).listing();
    private final PostingNotice notice = PostingNotice.byDefault(ListingFixture.LISTING_DATE);

    @Test
    void namesWithDiacritics_readBackFromTheTextLayerExactly() throws IOException {
        String text = text(PublicListingPdf.render(listing, notice, PROGRAMME, false));

        assertThat(HEADS).allSatisfy(head -> assertThat(text).contains(head));
        assertThat(text).contains("Hộ nghèo", "Hộ cận nghèo", "A Ur", ListingFixture.ITEM, "Quảng Nam")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN", "XÃ A XAN")
                .contains("A Xan, ngày 31 tháng 12 năm 2024", PublicListingPdf.TITLE, "(Niêm yết công khai)")
                .contains("Số liệu tính đến hết ngày 31/12/2024.")
                .contains("Thời gian niêm yết: từ ngày 31/12/2024 đến hết ngày 14/01/2025 (15 ngày).")
                .contains("Địa điểm niêm yết: Trụ sở UBND xã.")
                .contains("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Ký tên, đóng dấu)")
                .contains("Trang 1/1");
    }

    @Test
    void rows_areNumberedInOrder_andAddUpToTheListingsTotal() throws IOException {
        String text = text(PublicListingPdf.render(listing, notice, PROGRAMME, false));

        List<Integer> numbers = new ArrayList<>();
        long sum = 0;
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            numbers.add(Integer.parseInt(row.group(1)));
            sum += Long.parseLong(row.group(3).replace(".", ""));
        }
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, listing.rows().size()).boxed().toList());
        assertThat(sum).isEqualTo(listing.total().dong());
        assertThat(text).contains("Tổng cộng: " + listing.rows().size() + " lượt hỗ trợ " + grouped(listing.total().dong()));
        assertThat(text.replaceAll("\\s+", " ")).contains("Bằng chữ: " + AmountInWords.of(listing.total()) + ".");
        PublicListingRow first = listing.rows().get(0);
        assertThat(text).contains("1 " + first.headName() + " " + first.villageName() + " " + first.category());
    }

    @Test
    void aLongList_runsOverPages_eachA4_withTheTableHeaderAndItsNumber() throws IOException {
        List<String> heads = IntStream.range(0, 90).mapToObj(i -> HEADS.get(i % HEADS.size()) + " " + (char) ('A' + i % 26))
                .toList();
        PublicListing longList = new ListingFixture(heads).listing();
        byte[] pdf = PublicListingPdf.render(longList, notice, PROGRAMME, false);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                PDRectangle size = document.getPage(page - 1).getMediaBox();
                assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.01f));
                assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.01f));
                String pageText = text(document, page, page);
                assertThat(pageText).as("page " + page).contains("Trang " + page + "/" + pages);
                if (page < pages) {
                    assertThat(pageText).as("page " + page).contains("Họ và tên chủ hộ", "Giá trị hỗ trợ");
                }
            }
            String all = text(document, 1, pages);
            Matcher row = ROW.matcher(all);
            int count = 0;
            long sum = 0;
            while (row.find()) {
                assertThat(Integer.parseInt(row.group(1))).isEqualTo(++count);
                sum += Long.parseLong(row.group(3).replace(".", ""));
            }
            assertThat(count).isEqualTo(90);
            assertThat(sum).isEqualTo(longList.total().dong());
            assertThat(all).contains("Tổng cộng: 90 lượt hỗ trợ " + grouped(longList.total().dong()));
            assertThat(all.replaceAll("\\s+", " ")).contains("Bằng chữ: " + AmountInWords.of(longList.total()) + ".");
        }
    }

    @Test
    void aLongName_wrapsWithinItsColumn_andKeepsEveryWord() throws IOException {
        String longName = "Hồ Thị Phương Thảo Nguyễn Hoàng Yến Nhi Đinh Thị Ưng";
        PublicListing wrapped = new ListingFixture(List.of(longName, "Bríu Thị Hoa")).listing();
        String text = text(PublicListingPdf.render(wrapped, notice, PROGRAMME, false));

        assertThat(text).doesNotContain(longName);
        assertThat(longName.split(" ")).allSatisfy(word -> assertThat(text).contains(word));
        assertThat(text).contains("Tổng cộng: 2 lượt hỗ trợ " + grouped(wrapped.total().dong()));
    }

    @Test
    void simulatedLedger_marksEveryPage_andARealOneNone() throws IOException {
        List<String> heads = IntStream.range(0, 60).mapToObj(i -> HEADS.get(i % HEADS.size())).toList();
        PublicListing longList = new ListingFixture(heads).listing();

        try (PDDocument simulated = Loader.loadPDF(PublicListingPdf.render(longList, notice, PROGRAMME, true));
                PDDocument real = Loader.loadPDF(PublicListingPdf.render(longList, notice, PROGRAMME, false))) {
            assertThat(simulated.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= simulated.getNumberOfPages(); page++) {
                assertThat(text(simulated, page, page)).as("page " + page).contains(SimulationMarks.TEXT);
            }
            assertThat(text(simulated, 1, 1)).contains(SimulationMarks.EXPLANATION.substring(0, 40));
            assertThat(simulated.getDocumentInformation().getTitle()).contains(SimulationMarks.TEXT);
            String realText = text(real, 1, real.getNumberOfPages());
            assertThat(realText).doesNotContain("MÔ PHỎNG", "SIMULATED");
            assertThat(real.getDocumentInformation().getTitle()).doesNotContain("MÔ PHỎNG");
        }
    }

    @Test
    void theFont_isEmbeddedAsASubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(PublicListingPdf.render(listing, notice, PROGRAMME, true))) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            });
        }
    }

    @Test
    void theSameListing_printsTheSameBytes() {
        assertThat(PublicListingPdf.render(listing, notice, PROGRAMME, true))
                .isEqualTo(PublicListingPdf.render(new ListingFixture(HEADS).listing(), notice, PROGRAMME, true));
    }

    @Test
    void anEmptyList_saysSo_andTotalsZero() throws IOException {
        PublicListing empty = new ListingFixture(List.of()).listing();
        String text = text(PublicListingPdf.render(empty, notice, "", false));

        assertThat(text).contains("Không có hộ nào được hỗ trợ.", "Tổng cộng: 0 lượt hỗ trợ 0").doesNotContain("Thuộc");
    }

    @Test
    void write_putsTheFileInPlace_keptUnderTargetForReview() throws IOException {
        List<String> heads = IntStream.range(0, 40).mapToObj(i -> HEADS.get(i % HEADS.size())).toList();
        java.nio.file.Path file = java.nio.file.Path.of("target", "public-lists",
                PublicListingPdf.fileName("QNA.TAY-GIANG.A-XAN", ListingFixture.LISTING_DATE));
        PublicListing forty = new ListingFixture(heads).listing();
        PublicListingPdf.write(forty, notice, PROGRAMME, true, file);

        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(PublicListingPdf.render(forty, notice, PROGRAMME, true));
        try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(file.getParent())) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void aPostingRecordedInTheLedger_givesThePrintedPeriodAndPlaces() throws IOException {
        ListingFixture fixture = new ListingFixture(HEADS);
        fixture.ledger.submit(RecordPosting.builder().actor(Fixtures.PROVINCE)
                .unitCode(Participants.A_XAN).occurredOn(LocalDate.of(2025, 1, 2)).postingId("ny-2024")
                .listKind(PublicListKind.SUPPORT).listAsOf(ListingFixture.LISTING_DATE)
                .addPlaces(PostingPlace.of(PostingPlaceKind.COMMUNE_OFFICE),
                        PostingPlace.inVillage(
                                PostingPlaceKind.VILLAGE_CULTURAL_HOUSE,
                                Participants.A_UR))
                .postedFrom(LocalDate.of(2025, 1, 2)).postedUntil(LocalDate.of(2025, 1, 8))
                .postedBy("Công chức Văn phòng - Thống kê xã A Xan").build());
        PostingNotice recorded = fixture.ledger.read(GrievanceRegister.class,
                postings -> PostingNotice.of(postings, Participants.A_XAN, ListingFixture.LISTING_DATE,
                        fixture.runtime.administrativeUnits()));
        PostingNotice otherDate = fixture.ledger.read(GrievanceRegister.class,
                postings -> PostingNotice.of(postings, Participants.A_XAN, LocalDate.of(2024, 12, 30),
                        fixture.runtime.administrativeUnits()));

        assertThat(recorded).isEqualTo(new PostingNotice(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 8),
                List.of("Trụ sở UBND xã", "Nhà văn hóa thôn A Ur"), true));
        assertThat(recorded.days()).isEqualTo(7);
        assertThat(otherDate).isEqualTo(PostingNotice.byDefault(LocalDate.of(2024, 12, 30)));
        assertThat(text(PublicListingPdf.render(fixture.listing(), recorded, PROGRAMME, false)))
                .contains("Thời gian niêm yết: từ ngày 02/01/2025 đến hết ngày 08/01/2025 (7 ngày).")
                .contains("Địa điểm niêm yết: Trụ sở UBND xã; Nhà văn hóa thôn A Ur.");
    }

    @Test
    void theDateLine_namesThePlaceWithoutItsKind() {
        assertThat(PublicListingPdf.placeName("xã Hùng Sơn")).isEqualTo("Hùng Sơn");
        assertThat(PublicListingPdf.placeName("thị trấn Khâm Đức")).isEqualTo("Khâm Đức");
        assertThat(PublicListingPdf.placeName("tỉnh Quảng Nam")).isEqualTo("Quảng Nam");
        assertThat(PublicListingPdf.placeName("Tà Lu")).isEqualTo("Tà Lu");
    }

    @Test
    void fileName_namesTheCommuneAndTheDate() {
        assertThat(PublicListingPdf.fileName("QNA.TAY-GIANG.A-XAN", LocalDate.of(2026, 6, 30)))
                .isEqualTo("QNA.TAY-GIANG.A-XAN-2026-06-30.pdf");
    }

    @Test
    void anInvertedPostingPeriod_isRejectedWithItsCode() {
        assertThatThrownBy(() -> new PostingNotice(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 9), List.of(), false))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(PrintErrorCode.PRINT_POSTING_PERIOD_INVERTED)).isTrue());
    }

    static String grouped(long dong) {
        return String.format(java.util.Locale.ROOT, "%,d", dong).replace(',', '.');
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document, 1, document.getNumberOfPages());
        }
    }

    static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replace("\r\n", "\n");
    }
}
