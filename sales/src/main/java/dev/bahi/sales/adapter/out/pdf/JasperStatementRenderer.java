package dev.bahi.sales.adapter.out.pdf;

import dev.bahi.sales.application.port.out.StatementDocument;
import dev.bahi.sales.application.port.out.StatementPdfRenderer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * Lays out khata statements with JasperReports from {@code templates/statement-a4.jrxml}. The template is compiled
 * once, on first use, and shared by every later render; filling and exporting keep their state per call, so one
 * instance serves all threads. The table's rows are the opening balance followed by the khata's entries.
 */
public final class JasperStatementRenderer implements StatementPdfRenderer {
    static final String TEMPLATE = "/templates/statement-a4.jrxml";
    static final String OPENING_BALANCE = "Opening balance";

    /** With the templates' font, "Liberation Sans", registered (see {@link JasperSupport#context()}). */
    private final SimpleJasperReportsContext jasper;
    private final AtomicInteger compilations = new AtomicInteger();
    private volatile JasperReport report;

    public JasperStatementRenderer() {
        jasper = JasperSupport.context();
    }

    @Override
    public byte[] render(StatementDocument document) {
        Objects.requireNonNull(document, "document");
        try {
            JasperPrint print = JasperFillManager.getInstance(jasper)
                    .fill(report(), parameters(document), new JRMapCollectionDataSource(rows(document)));
            return export(print, document);
        } catch (JRException e) {
            throw new IllegalStateException("could not lay out the statement of " + customerName(document), e);
        }
    }

    /** How many times the template was compiled so far: once, however often it is rendered. */
    int compilations() {
        return compilations.get();
    }

    private JasperReport report() {
        JasperReport compiled = report;
        if (compiled == null) {
            synchronized (this) {
                compiled = report;
                if (compiled == null) {
                    compiled = JasperSupport.compile(jasper, TEMPLATE, "statement template");
                    compilations.incrementAndGet();
                    report = compiled;
                }
            }
        }
        return compiled;
    }

    private static Map<String, Object> parameters(StatementDocument document) {
        Map<String, Object> p = new HashMap<>();
        StatementDocument.Shop shop = document.shop();
        if (shop != null) {
            p.put("shopName", shop.name());
            // A legal name equal to the trade name says nothing new.
            p.put("shopLegalName", Objects.equals(shop.legalName(), shop.name()) ? null : blankToNull(shop.legalName()));
            p.put("shopAddress", shop.address() == null ? null : blankToNull(String.join(", ",
                    shop.address().stream().filter(l -> l != null && !l.isBlank()).toList())));
            p.put("shopGstin", blankToNull(shop.gstin()));
            p.put("shopPhone", blankToNull(shop.phone()));
        }
        StatementDocument.Customer customer = document.customer();
        if (customer != null) {
            p.put("customerName", customer.name());
            p.put("customerPhone", blankToNull(customer.phone()));
            p.put("customerAddress", blankToNull(customer.address()));
            p.put("customerGstin", blankToNull(customer.gstin()));
        }
        p.put("period", document.period());
        p.put("generatedOn", document.generatedOn());
        p.put("totalDebit", document.totalDebit());
        p.put("totalCredit", document.totalCredit());
        p.put("closingBalance", document.closingBalance());
        p.put("inAdvance", document.closingBalance() != null && document.closingBalance().startsWith("-"));
        p.put("amountDueInWords", blankToNull(document.amountDueInWords()));
        byte[] qr = document.upiQrPng();
        p.put("upiQr", qr == null || qr.length == 0 ? null : SimpleDataRenderer.getInstance(qr));
        p.put("upiNote", blankToNull(document.upiNote()));
        return p;
    }

    /** The opening balance, then one row per entry. */
    private static List<Map<String, ?>> rows(StatementDocument document) {
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(row(true, null, OPENING_BALANCE, null, null, document.openingBalance()));
        if (document.lines() != null) {
            for (StatementDocument.Line line : document.lines()) {
                rows.add(row(false, line.date(), line.particulars(), line.debit(), line.credit(), line.balance()));
            }
        }
        return rows;
    }

    private static Map<String, Object> row(boolean opening, String date, String particulars, String debit,
                                           String credit, String balance) {
        Map<String, Object> row = new HashMap<>();
        row.put("opening", opening);
        row.put("date", blankToNull(date));
        row.put("particulars", blankToNull(particulars));
        row.put("debit", blankToNull(debit));
        row.put("credit", blankToNull(credit));
        row.put("balance", blankToNull(balance));
        return row;
    }

    private byte[] export(JasperPrint print, StatementDocument document) throws JRException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(16 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(jasper);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setCompressed(true);
        configuration.setMetadataTitle("Statement of account " + customerName(document) + " " + document.period());
        if (document.shop() != null) {
            configuration.setMetadataAuthor(document.shop().name());
        }
        configuration.setMetadataCreator("Bahi");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return pdf.toByteArray();
    }

    private static String customerName(StatementDocument document) {
        return document.customer() == null ? "" : document.customer().name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
