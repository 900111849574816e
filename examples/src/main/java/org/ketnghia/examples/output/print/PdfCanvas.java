package org.ketnghia.examples.output.print;

import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on the A4 pages of one document: text left, centred or right aligned, wrapped to a width, lines and filled
 * boxes. Text is normalised to composed form (NFC) and a character the font cannot draw prints as {@code ?}. Not
 * thread-safe: one canvas per document.
 */
final class PdfCanvas implements AutoCloseable {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MM = 72f / 25.4f;
    /** Margins after Decree 30/2020/NĐ-CP (left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm), a little tighter. */
    static final float LEFT = 25 * MM;
    static final float RIGHT = PAGE.getWidth() - 15 * MM;
    static final float TOP = PAGE.getHeight() - 17 * MM;
    static final float BOTTOM = 18 * MM;
    static final float WIDTH = RIGHT - LEFT;

    private final PDDocument document;
    private final PrintFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;

    PdfCanvas(PDDocument document, PrintFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** Closes the current page and starts a new one. */
    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
    }

    /** Reopens page {@code index} to draw over what it holds (page numbers, drawn once the count is known). */
    void reopen(int index) throws IOException {
        closeStream();
        stream = new PDPageContentStream(document, pages.get(index), PDPageContentStream.AppendMode.APPEND, true, true);
    }

    int pageCount() {
        return pages.size();
    }

    void text(PDFont font, float size, float x, float y, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(printable(text));
        stream.endText();
    }

    void centred(PDFont font, float size, float centre, float y, String text) throws IOException {
        text(font, size, centre - width(font, size, text) / 2, y, text);
    }

    void right(PDFont font, float size, float right, float y, String text) throws IOException {
        text(font, size, right - width(font, size, text), y, text);
    }

    /** Coloured text (the simulated mark). */
    void coloured(Color color, PDFont font, float size, float centre, float y, String text) throws IOException {
        stream.setNonStrokingColor(color);
        centred(font, size, centre, y, text);
        stream.setNonStrokingColor(Color.BLACK);
    }

    /** Text across the page from corner to corner, translucent, under what is drawn after it. */
    void diagonal(Color color, PDFont font, String text) throws IOException {
        float diagonal = (float) Math.hypot(PAGE.getWidth(), PAGE.getHeight());
        float size = Math.min(48, 0.75f * diagonal / (font.getStringWidth(printable(text)) / 1000));
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.16f);
        stream.saveGraphicsState();
        stream.setGraphicsStateParameters(translucent);
        stream.setNonStrokingColor(color);
        stream.transform(Matrix.getRotateInstance(Math.atan2(PAGE.getHeight(), PAGE.getWidth()),
                PAGE.getWidth() / 2, PAGE.getHeight() / 2));
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(-width(font, size, text) / 2, -size / 3);
        stream.showText(printable(text));
        stream.endText();
        stream.restoreGraphicsState();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void box(float x, float y, float width, float height, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    void shade(float x, float y, float width, float height, float grey) throws IOException {
        stream.setNonStrokingColor(grey);
        stream.addRect(x, y, width, height);
        stream.fill();
        stream.setNonStrokingColor(Color.BLACK);
    }

    float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /** {@code text} broken into lines of at most {@code maxWidth}: at spaces, and inside a word only when it must. */
    List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                int fits = rest.length() - 1;
                while (fits > 1 && width(font, size, rest.substring(0, fits)) > maxWidth) {
                    fits--;
                }
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Composed form, and {@code ?} for what the font cannot draw (a control character, a rare script). */
    String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder printable = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> printable.appendCodePoint(
                Character.isWhitespace(codePoint) ? ' ' : fonts.draws(codePoint) ? codePoint : '?'));
        return printable.toString();
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
