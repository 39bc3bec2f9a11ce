package dev.bahi.sales.adapter.out.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;

/**
 * What every Jasper renderer of the sales context sets up the same way: a headless AWT, a reports context that knows
 * the shipped font the templates name, and compiling a template from the classpath.
 */
final class JasperSupport {
    /** The font the templates name. */
    static final String FONT_FAMILY = "Liberation Sans";

    private JasperSupport() {
    }

    /** A reports context of its own, with the templates' font registered; one per renderer, shared by its threads. */
    static SimpleJasperReportsContext context() {
        // Jasper measures text with AWT; a server has no display. Spring Boot sets this too, tests and tools may not.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        SimpleJasperReportsContext jasper = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        jasper.setExtensions(FontFamily.class, List.of(font(jasper)));
        return jasper;
    }

    /**
     * The templates' font, "Liberation Sans". Jasper lays text out with AWT font metrics; shipping the font makes the
     * layout the same on every host and work on one with no fonts installed at all. Its widths are Helvetica's, so
     * the PDF can print the standard Helvetica faces instead (never embedded: small files, extractable text).
     */
    private static FontFamily font(JasperReportsContext context) {
        SimpleFontFamily family = new SimpleFontFamily(context);
        family.setName(FONT_FAMILY);
        family.setNormalFace(face(context, "templates/fonts/LiberationSans-Regular.ttf", "Helvetica"));
        family.setBoldFace(face(context, "templates/fonts/LiberationSans-Bold.ttf", "Helvetica-Bold"));
        family.setPdfEncoding("Cp1252");
        family.setPdfEmbedded(false);
        return family;
    }

    private static SimpleFontFace face(JasperReportsContext context, String ttf, String pdfFont) {
        SimpleFontFace face = new SimpleFontFace(context);
        face.setTtf(ttf);
        face.setPdf(pdfFont);
        return face;
    }

    /** Compiles {@code template} (a classpath resource); {@code what} names it in errors ("invoice template"). */
    static JasperReport compile(JasperReportsContext jasper, String template, String what) {
        try (InputStream jrxml = JasperSupport.class.getResourceAsStream(template)) {
            if (jrxml == null) {
                throw new IllegalStateException(what + " " + template + " is not on the classpath");
            }
            return JasperCompileManager.getInstance(jasper).compile(jrxml);
        } catch (JRException e) {
            throw new IllegalStateException(what + " " + template + " does not compile", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
