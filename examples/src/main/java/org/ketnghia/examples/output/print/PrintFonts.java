package org.ketnghia.examples.output.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ketnghia.core.error.KetnghiaException;

/**
 * The Liberation Serif TrueType files (SIL Open Font License 1.1), read once from the class path, where the
 * {@code com.github.librepdf:openpdf-fonts-extra} jar puts them. Each document embeds its own subset. Immutable
 * after loading and thread-safe.
 */
final class PrintFonts {

    static final String REGULAR = "liberation/LiberationSerif-Regular.ttf";
    static final String BOLD = "liberation/LiberationSerif-Bold.ttf";
    static final String ITALIC = "liberation/LiberationSerif-Italic.ttf";

    private static volatile PrintFonts loaded;

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;
    /** The Basic Multilingual Plane code points that every style draws. */
    private final BitSet covered;

    private PrintFonts(byte[] regular, byte[] bold, byte[] italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.covered = coverage(regular);
        this.covered.and(coverage(bold));
        this.covered.and(coverage(italic));
    }

    /** The fonts, read on first use. */
    static PrintFonts get() {
        PrintFonts fonts = loaded;
        if (fonts == null) {
            synchronized (PrintFonts.class) {
                fonts = loaded;
                if (fonts == null) {
                    fonts = new PrintFonts(read(REGULAR), read(BOLD), read(ITALIC));
                    loaded = fonts;
                }
            }
        }
        return fonts;
    }

    /**
     * The three styles embedded as subsets into {@code document}. The faces hold the parsed fonts until they are
     * closed, which must happen after the document is saved: the subsets are cut at saving.
     */
    Faces embed(PDDocument document) throws IOException {
        TrueTypeFont regularFont = parsed(regular);
        TrueTypeFont boldFont = parsed(bold);
        TrueTypeFont italicFont = parsed(italic);
        return new Faces(PDType0Font.load(document, regularFont, true), PDType0Font.load(document, boldFont, true),
                PDType0Font.load(document, italicFont, true), List.of(regularFont, boldFont, italicFont));
    }

    /** Whether every style has a glyph for the code point. */
    boolean draws(int codePoint) {
        return codePoint >= 0 && codePoint < covered.size() && covered.get(codePoint);
    }

    /**
     * The font parsed with glyph substitution (GSUB) off. Vietnamese needs none: every letter with its tone mark
     * is one precomposed glyph in the font's character map, and the ligatures that GSUB would apply ("fi", "fl")
     * would only make the text layer harder to search. PDFBox 3 otherwise runs its Latin GSUB worker on every
     * string drawn, which rebuilds a tokenizer each time and cost most of a public list's rendering time.
     */
    private static TrueTypeFont parsed(byte[] font) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        parsed.setEnableGsub(false);
        return parsed;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw KetnghiaException.of(PrintErrorCode.PRINT_FONT_MISSING, "font", resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitSet coverage(byte[] font) {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = parsed.getUnicodeCmapLookup();
            BitSet drawn = new BitSet(0x10000);
            for (int codePoint = 0x20; codePoint < 0x10000; codePoint++) {
                if (cmap.getGlyphId(codePoint) != 0) {
                    drawn.set(codePoint);
                }
            }
            return drawn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The faces embedded in one document, and the parsed fonts behind them, closed after the document is saved. */
    record Faces(PDType0Font regular, PDType0Font bold, PDType0Font italic, List<TrueTypeFont> parsedFonts)
            implements AutoCloseable {

        @Override
        public void close() throws IOException {
            for (TrueTypeFont font : parsedFonts) {
                font.close();
            }
        }
    }
}
