package org.db3311.sgc.server.console;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report's XHTML (the same body as its page) laid out on A4 as PDF by openhtmltopdf, with the CJK
 * font embedded as a subset (only the characters used) and the charts' SVG drawn by Batik.
 */
final class ReportPdf {
  private ReportPdf() {}

  /** The font family the PDF template asks for; the chosen file is registered under it. */
  static final String FAMILY = "cjk";

  static byte[] render(String xhtml, ReportFont.Found font) {
    try (PDDocument doc = new PDDocument()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      // the font is read again for every PDF: a parsed font is not safe to share between threads
      List<Exception> failed = new ArrayList<>();
      ReportFont.withFonts(
          font.file(),
          ttf -> {
            if (!ttf.getName().equals(font.name())) {
              return;
            }
            try {
              write(doc, ttf, xhtml, out);
            } catch (IOException | RuntimeException e) {
              failed.add(e);
            }
          });
      if (!failed.isEmpty()) {
        throw new IllegalStateException("the PDF could not be made", failed.getFirst());
      }
      if (out.size() == 0) {
        throw new IllegalStateException(font.file() + " no longer holds " + font.name());
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      PDDocument doc, TrueTypeFont ttf, String xhtml, ByteArrayOutputStream out)
      throws IOException {
    PDFont pdf = PDType0Font.load(doc, ttf, true);
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.usePDDocument(doc);
    b.useFont(new PDFontSupplier(pdf), FAMILY);
    b.useSVGDrawer(new BatikSVGDrawer());
    b.withHtmlContent(xhtml, null);
    b.toStream(out);
    // the document is saved while the font file is still open: the subset is read from it then
    b.run();
  }
}
