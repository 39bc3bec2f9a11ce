package dev.bahi.sales.adapter.out.pdf;

import dev.bahi.sales.application.port.out.InvoiceDocument;
import dev.bahi.sales.application.port.out.InvoiceDocument.HsnRow;
import dev.bahi.sales.application.port.out.InvoiceDocument.Line;
import dev.bahi.sales.application.port.out.InvoiceDocument.Party;
import dev.bahi.sales.application.port.out.InvoicePdfRenderer;
import dev.bahi.sales.application.port.out.PdfLayout;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
 * Lays out GST documents with JasperReports from {@code templates/invoice-a4.jrxml} and
 * {@code templates/invoice-thermal.jrxml}. Each template is compiled once, on first use or by {@link #prepare()}, and
 * the compiled report is shared by every later render; filling and exporting keep their state per call, so one
 * instance serves all threads.
 * The invoice lines are the main data source; the HSN-wise tax summary goes in as the {@code hsnRows} parameter, which
 * the A4 template lists under the lines of a tax document and the thermal one leaves out.
 */
public final class JasperInvoiceRenderer implements InvoicePdfRenderer {
    private static final Map<PdfLayout, String> TEMPLATES = new EnumMap<>(Map.of(
            PdfLayout.A4, "/templates/invoice-a4.jrxml",
            PdfLayout.THERMAL, "/templates/invoice-thermal.jrxml"));

    /** With the templates' font, "Liberation Sans", registered (see {@link JasperSupport#context()}). */
    private final SimpleJasperReportsContext jasper;
    private final ConcurrentMap<PdfLayout, JasperReport> reports = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();

    public JasperInvoiceRenderer() {
        jasper = JasperSupport.context();
    }

    @Override
    public byte[] render(InvoiceDocument document, PdfLayout layout) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(layout, "layout");
        try {
            JasperPrint print = JasperFillManager.getInstance(jasper)
                    .fill(report(layout), parameters(document), new JRMapCollectionDataSource(rows(document)));
            return export(print, document);
        } catch (JRException e) {
            throw new IllegalStateException("could not lay out " + document.invoiceNumber() + " as " + layout, e);
        }
    }

    /**
     * Compiles every layout's template now rather than on first use: compiling one takes seconds on a small machine
     * (the Java compiler loads and warms up), which the first invoice printed after a start would otherwise wait for.
     */
    public void prepare() {
        for (PdfLayout layout : PdfLayout.values()) {
            report(layout);
        }
    }

    /** How many templates were compiled so far; each layout must count once however often it is rendered. */
    public int compilations() {
        return compilations.get();
    }

    private JasperReport report(PdfLayout layout) {
        return reports.computeIfAbsent(layout, this::compile);
    }

    private JasperReport compile(PdfLayout layout) {
        JasperReport report = JasperSupport.compile(jasper, TEMPLATES.get(layout), "invoice template");
        compilations.incrementAndGet();
        return report;
    }

    private static Map<String, Object> parameters(InvoiceDocument document) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", document.title());
        p.put("legend", blankToNull(document.legend()));
        p.put("invoiceNumber", document.invoiceNumber());
        p.put("invoiceDate", document.invoiceDate());
        p.put("originalInvoice", blankToNull(document.originalInvoice()));
        p.put("placeOfSupply", blankToNull(document.placeOfSupply()));
        p.put("reverseCharge", document.reverseCharge());
        party(p, "seller", document.seller());
        p.put("hasBuyer", document.buyer() != null);
        party(p, "buyer", document.buyer());
        p.put("showTax", document.showTax());
        p.put("interState", document.interState());
        p.put("showCess", hasCess(document));
        InvoiceDocument.Totals totals = document.totals();
        if (totals != null) {
            p.put("totalTaxableValue", blankToNull(totals.taxableValue()));
            p.put("totalCgst", blankToNull(totals.cgst()));
            p.put("totalSgst", blankToNull(totals.sgst()));
            p.put("totalIgst", blankToNull(totals.igst()));
            p.put("totalCess", blankToNull(totals.cess()));
            p.put("roundOff", blankToNull(totals.roundOff()));
            p.put("grandTotal", totals.grandTotal());
        }
        p.put("amountInWords", blankToNull(document.amountInWords()));
        byte[] qr = document.upiQrPng();
        p.put("upiQr", qr == null || qr.length == 0 ? null : SimpleDataRenderer.getInstance(qr));
        p.put("upiNote", blankToNull(document.upiNote()));
        // The HSN-wise tax summary: only on a document that shows tax, and only where the layout has room (A4).
        List<Map<String, ?>> hsnRows = hsnRows(document);
        p.put("hsnRows", hsnRows);
        p.put("hasHsnSummary", document.showTax() && !hsnRows.isEmpty());
        return p;
    }

    private static List<Map<String, ?>> hsnRows(InvoiceDocument document) {
        List<Map<String, ?>> rows = new ArrayList<>();
        if (document.hsnSummary() == null) {
            return rows;
        }
        for (HsnRow hsn : document.hsnSummary()) {
            Map<String, String> row = new HashMap<>();
            row.put("hsn", empty(hsn.hsn()));
            row.put("gstRate", empty(hsn.gstRate()));
            row.put("taxableValue", empty(hsn.taxableValue()));
            row.put("cgstRate", empty(hsn.cgstRate()));
            row.put("cgst", empty(hsn.cgst()));
            row.put("sgstRate", empty(hsn.sgstRate()));
            row.put("sgst", empty(hsn.sgst()));
            row.put("igstRate", empty(hsn.igstRate()));
            row.put("igst", empty(hsn.igst()));
            row.put("cessRate", empty(hsn.cessRate()));
            row.put("cess", empty(hsn.cess()));
            row.put("totalTax", empty(hsn.totalTax()));
            rows.add(row);
        }
        return rows;
    }

    private static void party(Map<String, Object> p, String role, Party party) {
        if (party == null) {
            return;
        }
        p.put(role + "Name", party.name());
        // A legal name equal to the trade name says nothing new.
        p.put(role + "LegalName", Objects.equals(party.legalName(), party.name()) ? null : blankToNull(party.legalName()));
        p.put(role + "Address", party.address() == null || party.address().isEmpty() ? null
                : blankToNull(String.join("\n", party.address().stream().filter(l -> l != null && !l.isBlank()).toList())));
        p.put(role + "Gstin", blankToNull(party.gstin()));
        p.put(role + "State", blankToNull(party.state()));
        p.put(role + "Phone", blankToNull(party.phone()));
        p.put(role + "Email", blankToNull(party.email()));
    }

    /** The cess column and total are printed only when some line carries cess. */
    private static boolean hasCess(InvoiceDocument document) {
        return document.lines() != null && document.lines().stream()
                .anyMatch(line -> isNonZero(line.cess()) || isNonZero(line.cessRate()))
                || document.totals() != null && isNonZero(document.totals().cess());
    }

    private static boolean isNonZero(String amount) {
        return amount != null && !amount.isBlank() && amount.chars().anyMatch(c -> c >= '1' && c <= '9');
    }

    private static List<Map<String, ?>> rows(InvoiceDocument document) {
        List<Map<String, ?>> rows = new ArrayList<>();
        if (document.lines() == null) {
            return rows;
        }
        for (Line line : document.lines()) {
            Map<String, String> row = new HashMap<>();
            row.put("number", Integer.toString(line.number()));
            row.put("description", empty(line.description()));
            row.put("hsn", empty(line.hsn()));
            row.put("quantity", empty(line.quantity()));
            row.put("unit", empty(line.unit()));
            row.put("unitPrice", empty(line.unitPrice()));
            row.put("discount", empty(line.discount()));
            row.put("taxableValue", empty(line.taxableValue()));
            row.put("gstRate", empty(line.gstRate()));
            row.put("cgstRate", empty(line.cgstRate()));
            row.put("cgst", empty(line.cgst()));
            row.put("sgstRate", empty(line.sgstRate()));
            row.put("sgst", empty(line.sgst()));
            row.put("igstRate", empty(line.igstRate()));
            row.put("igst", empty(line.igst()));
            row.put("cessRate", empty(line.cessRate()));
            row.put("cess", empty(line.cess()));
            row.put("total", empty(line.total()));
            rows.add(row);
        }
        return rows;
    }

    private byte[] export(JasperPrint print, InvoiceDocument document) throws JRException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(16 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(jasper);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setCompressed(true);
        configuration.setMetadataTitle(document.title() + " " + document.invoiceNumber());
        if (document.seller() != null) {
            configuration.setMetadataAuthor(document.seller().name());
        }
        configuration.setMetadataCreator("Bahi");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return pdf.toByteArray();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
