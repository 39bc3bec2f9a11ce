package dev.bahi.sales.adapter.out.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.kernel.IndianNumbers;
import dev.bahi.sales.application.port.out.InvoiceDocument;
import dev.bahi.sales.application.port.out.InvoiceDocument.HsnRow;
import dev.bahi.sales.application.port.out.InvoiceDocument.Line;
import dev.bahi.sales.application.port.out.InvoiceDocument.Party;
import dev.bahi.sales.application.port.out.InvoiceDocument.Totals;
import dev.bahi.sales.application.port.out.PdfLayout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders real-looking GST documents in both layouts and reads them back with PDFBox: every Rule 46 field must be
 * there as text, the tax columns must match the kind of supply, and templates must be compiled only once.
 * The PDFs are also written to {@code target/invoice-pdfs/} for a person to look at.
 */
class JasperInvoiceRendererTest {
    private static final Path OUT = Path.of("target", "invoice-pdfs");
    private static final byte[] QR = qrLikePng();

    /** One renderer for the whole class, as the application has: templates compile once for all tests. */
    private static JasperInvoiceRenderer renderer;

    @BeforeAll
    static void createRenderer() throws IOException {
        renderer = new JasperInvoiceRenderer();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void templatesWereCompiledOncePerLayout() {
        assertThat(renderer.compilations()).isLessThanOrEqualTo(PdfLayout.values().length);
    }

    // ---- tax invoice, intra-state (Maharashtra shop, counter sale in Maharashtra)

    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void a_tax_invoice_shows_every_rule_46_field(PdfLayout layout) {
        String text = text(render("intra-state", sharmaKiranaTaxInvoice(QR), layout));

        assertThat(text).contains(
                "Tax Invoice",
                "Sharma Kirana Store", "Sharma Traders LLP", "Shop 4, Laxmi Market", "Dadar West, Mumbai 400028",
                "GSTIN: 27AAPFU0939F1ZV", "State: Maharashtra (27)", "Phone: +91 98200 12345",
                "Invoice No.: SKS/25-26/000123", "Date: 15-10-2025",
                "Place of supply: Maharashtra (27)", "Reverse charge: No",
                "Tata Salt 1 kg", "Fortune Sunflower Oil 1 L", "Surf Excel Easy Wash 1 kg",
                "2501", "1512", "3402",
                "4 PCS", "2 BTL", "28.00", "165.00", "10.00",
                "112.00", "320.00", "140.00", "2.80", "8.00", "12.60", "117.60", "336.00", "165.20",
                "572.00", "23.40", "0.20", "619.00",
                IndianNumbers.amountInWords(619_00),
                "Authorised signatory", "For Sharma Kirana Store");
        assertThat(text).as("intra-state supply shows CGST and SGST/UTGST only")
                .contains("CGST", "SGST/UTGST").doesNotContain("IGST");
        assertThat(text).as("no buyer block for a walk-in customer").doesNotContain("Bill to");
        assertThat(text).as("no cess anywhere on the document").doesNotContain("Cess");
        if (layout == PdfLayout.A4) {
            assertThat(text).as("Rule 46: each line shows the rate next to the amount of each tax").contains(
                    "% Amount % Amount", "112.00 2.5 2.80 2.5 2.80 117.60", "320.00 2.5 8.00 2.5 8.00 336.00",
                    "140.00 9 12.60 9 12.60 165.20");
            assertThat(text).as("an HSN-wise summary under the lines, one row per HSN and rate").contains(
                    "HSN-wise tax summary", "Total tax",
                    "2501 112.00 2.5 2.80 2.5 2.80 5.60", "1512 320.00 2.5 8.00 2.5 8.00 16.00",
                    "3402 140.00 9 12.60 9 12.60 25.20");
        } else {
            assertThat(text).as("Rule 46: each item's tax line shows the rate next to the amount").contains(
                    "Taxable 112.00 CGST 2.5% 2.80 SGST/UTGST 2.5% 2.80",
                    "Taxable 320.00 CGST 2.5% 8.00 SGST/UTGST 2.5% 8.00",
                    "Taxable 140.00 CGST 9% 12.60 SGST/UTGST 9% 12.60");
            assertThat(text).as("no room for the HSN summary on a roll").doesNotContain("HSN-wise");
        }
    }

    @Test
    void the_a4_layout_is_an_a4_portrait_page_and_the_thermal_one_an_80_mm_roll() {
        try (PDDocument a4 = load(renderer.render(sharmaKiranaTaxInvoice(null), PdfLayout.A4));
             PDDocument roll = load(renderer.render(sharmaKiranaTaxInvoice(null), PdfLayout.THERMAL))) {
            PDRectangle page = a4.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(595f);
            assertThat(page.getHeight()).isEqualTo(842f);

            assertThat(roll.getNumberOfPages()).as("the roll is one long page").isEqualTo(1);
            PDRectangle receipt = roll.getPage(0).getMediaBox();
            assertThat(receipt.getWidth()).isEqualTo(226f);
            assertThat(receipt.getHeight()).as("as tall as its content").isBetween(200f, 842f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- tax invoice, inter-state B2B (facts document, example b)

    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void an_inter_state_b2b_invoice_shows_the_buyer_and_igst_only(PdfLayout layout) {
        String text = text(render("inter-state", bengaluruToChennaiB2b(), layout));

        assertThat(text).contains(
                "Tax Invoice", "Bengaluru Wholesale Mart", "GSTIN: 29AAGCB7383J1Z4", "State: Karnataka (29)",
                "Invoice No.: INV/25-26/000123", "Date: 15-09-2025",
                "Bill to", "Chennai Provision Stores", "No. 12, Ranganathan Street, T. Nagar",
                "GSTIN: 33AABCT1332L1ZL", "State: Tamil Nadu (33)",
                "Place of supply: Tamil Nadu (33)", "Reverse charge: No",
                "0902", "1006", "10 KGS", "4 BAG", "450.00", "1,249.00", "225.00", "100.00",
                "4,275.00", "769.50", "4,896.00", "881.28",
                "9,171.00", "1,650.78", "0.22", "10,822.00",
                "Rupees Ten Thousand Eight Hundred Twenty-Two Only",
                "Authorised signatory", "For Bengaluru Wholesale Mart");
        assertThat(text).as("inter-state supply shows IGST only").contains("IGST")
                .doesNotContain("CGST").doesNotContain("SGST");
        if (layout == PdfLayout.A4) {
            assertThat(text).contains("4,275.00 18 769.50 5,044.50", "4,896.00 18 881.28 5,777.28",
                    "HSN-wise tax summary", "0902 4,275.00 18 769.50 769.50", "1006 4,896.00 18 881.28 881.28");
        } else {
            assertThat(text).contains("Taxable 4,275.00 IGST 18% 769.50", "Taxable 4,896.00 IGST 18% 881.28")
                    .doesNotContain("HSN-wise");
        }
    }

    // ---- bill of supply (composition dealer)

    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void a_bill_of_supply_prints_the_composition_legend_and_no_tax_at_all(PdfLayout layout) {
        String text = text(render("bill-of-supply", compositionBillOfSupply(), layout));

        assertThat(text).contains(
                "Bill of Supply", "composition taxable person, not eligible to collect tax on supplies",
                "Gupta General Stores", "GSTIN: 09ABCPG1234K1ZW",
                "Invoice No.: BOS/25-26/000042", "Date: 02-11-2025", "Place of supply: Uttar Pradesh (09)",
                "1905", "0402", "Britannia Marie Gold 250 g", "Amul Ghee 1 L", "6 PCS", "1 LTR", "40.00", "240.00",
                "610.00", "850.00", "Rupees Eight Hundred Fifty Only", "Authorised signatory");
        assertThat(text).doesNotContain("CGST").doesNotContain("SGST").doesNotContain("IGST")
                .doesNotContain("GST %").doesNotContain("Taxable");
        assertThat(text).as("no tax rates and no HSN-wise tax summary on a bill of supply")
                .doesNotContain("%").doesNotContain("HSN-wise").doesNotContain("Total tax");
    }

    // ---- credit note

    @Test
    void a_credit_note_names_the_invoice_it_corrects() {
        InvoiceDocument invoice = sharmaKiranaTaxInvoice(null);
        InvoiceDocument creditNote = new InvoiceDocument("Credit Note", "CN/25-26/0001", "20-10-2025",
                invoice.seller(), invoice.buyer(), invoice.placeOfSupply(), false, false, null,
                "SKS/25-26/000123 dated 15-10-2025", invoice.lines().subList(2, 3), invoice.hsnSummary().subList(2, 3),
                new Totals("140.00", "12.60", "12.60", null, null, "-0.20", "165.00"),
                IndianNumbers.amountInWords(165_00), null, null, true);

        for (PdfLayout layout : PdfLayout.values()) {
            String text = text(render("credit-note", creditNote, layout));
            assertThat(text).contains("Credit Note", "CN/25-26/0001", "Against invoice: SKS/25-26/000123 dated 15-10-2025",
                    "Surf Excel Easy Wash 1 kg", "-0.20", "165.00", "Rupees One Hundred Sixty-Five Only");
            assertThat(text).contains(layout == PdfLayout.A4 ? "3402 140.00 9 12.60 9 12.60 25.20"
                    : "CGST 9% 12.60 SGST/UTGST 9% 12.60");
        }
    }

    // ---- cess

    @Test
    void cess_gets_its_own_column_and_total_only_when_a_line_carries_it() {
        Line cigarettes = new Line(1, "Gold Flake Kings (pack of 20)", "2402", "2", "PAC", "170.00", null, "265.63",
                "28", "14", "37.19", "14", "37.19", null, null, "5", "13.28", "353.29");
        InvoiceDocument withCess = new InvoiceDocument("Tax Invoice", "SKS/25-26/000124", "15-10-2025",
                sharmaKirana(), null, "Maharashtra (27)", false, false, null, null, List.of(cigarettes),
                List.of(new HsnRow("2402", "28", "265.63", "14", "37.19", "14", "37.19", null, null, "5", "13.28",
                        "87.66")),
                new Totals("265.63", "37.19", "37.19", null, "13.28", "-0.29", "353.00"),
                IndianNumbers.amountInWords(353_00), null, null, true);

        assertThat(text(render("cess", withCess, PdfLayout.A4))).contains("Cess", "13.28", "353.00",
                "265.63 14 37.19 14 37.19 5 13.28 353.29", "2402 265.63 14 37.19 14 37.19 5 13.28 87.66");
        assertThat(text(render("cess", withCess, PdfLayout.THERMAL))).contains("Cess", "13.28", "353.00",
                "CGST 14% 37.19 SGST/UTGST 14% 37.19 Cess 5% 13.28");
    }

    // ---- reverse charge, long documents

    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void reverse_charge_is_printed_when_it_applies(PdfLayout layout) {
        InvoiceDocument invoice = bengaluruToChennaiB2b();
        InvoiceDocument reverseCharge = new InvoiceDocument(invoice.title(), invoice.invoiceNumber(),
                invoice.invoiceDate(), invoice.seller(), invoice.buyer(), invoice.placeOfSupply(), true, true, null, null,
                invoice.lines(), invoice.hsnSummary(), invoice.totals(), invoice.amountInWords(), null, null, true);

        assertThat(text(render("reverse-charge", reverseCharge, layout))).contains("Reverse charge: Yes");
    }

    @Test
    void a_long_invoice_runs_over_several_a4_pages_but_stays_one_thermal_roll() {
        List<Line> lines = new ArrayList<>();
        for (int n = 1; n <= 70; n++) {
            lines.add(new Line(n, "Parle-G Gold biscuits 1 kg, item " + n, "1905", "1", "PCS", "100.00", null,
                    "100.00", "5", "2.5", "2.50", "2.5", "2.50", null, null, null, null, "105.00"));
        }
        InvoiceDocument invoice = sharmaKiranaTaxInvoice(null);
        InvoiceDocument longInvoice = new InvoiceDocument("Tax Invoice", "SKS/25-26/000125", "16-10-2025",
                invoice.seller(), null, invoice.placeOfSupply(), false, false, null, null, lines,
                List.of(new HsnRow("1905", "5", "7,000.00", "2.5", "175.00", "2.5", "175.00", null, null, null, null,
                        "350.00")),
                new Totals("7,000.00", "175.00", "175.00", null, null, "0.00", "7,350.00"),
                IndianNumbers.amountInWords(7_350_00), null, null, true);

        byte[] a4 = render("long", longInvoice, PdfLayout.A4);
        byte[] roll = render("long", longInvoice, PdfLayout.THERMAL);

        try (PDDocument pages = load(a4); PDDocument receipt = load(roll)) {
            assertThat(pages.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(receipt.getNumberOfPages()).isEqualTo(1);
            assertThat(receipt.getPage(0).getMediaBox().getHeight()).isGreaterThan(842f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = text(a4);
        assertThat(text).contains("item 1 ", "item 70 ", "7,350.00", "Page 1 of 2", "Page 2 of 2",
                "Authorised signatory", "1905 7,000.00 2.5 175.00 2.5 175.00 350.00");
        assertThat(text.split("Description", -1)).as("the table header repeats on every page").hasSize(3);
        assertThat(text(roll)).contains("item 70 ", "7,350.00", "Authorised signatory");
    }

    // ---- UPI QR

    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void the_upi_qr_code_is_an_image_with_its_note_under_it(PdfLayout layout) {
        byte[] pdf = render("with-qr", sharmaKiranaTaxInvoice(QR), layout);

        assertThat(imageCount(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains("Pay 619.00 by UPI to sharmakirana@okaxis");
    }

    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void without_a_qr_code_there_is_no_image(PdfLayout layout) {
        byte[] pdf = render("without-qr", sharmaKiranaTaxInvoice(null), layout);

        assertThat(imageCount(pdf)).isZero();
        assertThat(text(pdf)).doesNotContain("UPI").contains("Authorised signatory");
    }

    // ---- compiling once

    @Test
    void rendering_a_template_many_times_compiles_it_once() {
        JasperInvoiceRenderer fresh = new JasperInvoiceRenderer();
        assertThat(fresh.compilations()).as("nothing is compiled before it is needed").isZero();

        for (int i = 0; i < 20; i++) {
            assertThat(fresh.render(sharmaKiranaTaxInvoice(QR), PdfLayout.A4)).startsWith("%PDF".getBytes());
        }
        assertThat(fresh.compilations()).isEqualTo(1);

        for (int i = 0; i < 20; i++) {
            fresh.render(compositionBillOfSupply(), PdfLayout.THERMAL);
        }
        assertThat(fresh.compilations()).isEqualTo(2);
    }

    @Test
    void preparing_compiles_every_layout_once_and_later_renders_compile_nothing() {
        JasperInvoiceRenderer fresh = new JasperInvoiceRenderer();

        fresh.prepare();
        fresh.prepare();
        assertThat(fresh.compilations()).isEqualTo(PdfLayout.values().length);

        fresh.render(sharmaKiranaTaxInvoice(QR), PdfLayout.A4);
        fresh.render(compositionBillOfSupply(), PdfLayout.THERMAL);
        assertThat(fresh.compilations()).isEqualTo(PdfLayout.values().length);
    }

    @Test
    void threads_rendering_at_the_same_time_share_one_compiled_template() throws Exception {
        JasperInvoiceRenderer fresh = new JasperInvoiceRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                InvoiceDocument document = i % 2 == 0 ? sharmaKiranaTaxInvoice(QR) : bengaluruToChennaiB2b();
                jobs.add(() -> text(fresh.render(document, PdfLayout.THERMAL)));
            }
            List<String> texts = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(jobs)) {
                texts.add(result.get());
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i)).contains(i % 2 == 0 ? "SKS/25-26/000123" : "INV/25-26/000123");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fresh.compilations()).isEqualTo(1);
    }

    // ---- documents

    private static Party sharmaKirana() {
        return new Party("Sharma Kirana Store", "Sharma Traders LLP",
                List.of("Shop 4, Laxmi Market", "Dadar West, Mumbai 400028"), "27AAPFU0939F1ZV", "Maharashtra (27)",
                "+91 98200 12345", "billing@sharmakirana.in");
    }

    /** Three lines, prices before tax, intra-state: CGST + SGST at half the rate each. */
    static InvoiceDocument sharmaKiranaTaxInvoice(byte[] qr) {
        List<Line> lines = List.of(
                new Line(1, "Tata Salt 1 kg", "2501", "4", "PCS", "28.00", null, "112.00", "5", "2.5", "2.80", "2.5",
                        "2.80", null, null, "0", null, "117.60"),
                new Line(2, "Fortune Sunflower Oil 1 L", "1512", "2", "BTL", "165.00", "10.00", "320.00", "5", "2.5",
                        "8.00", "2.5", "8.00", null, null, "0", null, "336.00"),
                new Line(3, "Surf Excel Easy Wash 1 kg", "3402", "1", "PCS", "140.00", null, "140.00", "18", "9",
                        "12.60", "9", "12.60", null, null, "0", null, "165.20"));
        List<HsnRow> hsn = List.of(
                new HsnRow("2501", "5", "112.00", "2.5", "2.80", "2.5", "2.80", null, null, "0", null, "5.60"),
                new HsnRow("1512", "5", "320.00", "2.5", "8.00", "2.5", "8.00", null, null, "0", null, "16.00"),
                new HsnRow("3402", "18", "140.00", "9", "12.60", "9", "12.60", null, null, "0", null, "25.20"));
        return new InvoiceDocument("Tax Invoice", "SKS/25-26/000123", "15-10-2025", sharmaKirana(), null,
                "Maharashtra (27)", false, false, null, null, lines, hsn,
                new Totals(IndianNumbers.rupees(572_00), "23.40", "23.40", null, null, "0.20",
                        IndianNumbers.rupees(619_00)),
                IndianNumbers.amountInWords(619_00), qr, qr == null ? null : "Pay 619.00 by UPI to sharmakirana@okaxis",
                true);
    }

    /** Facts document §1 example (b): Karnataka shop, Tamil Nadu buyer and delivery, IGST. */
    static InvoiceDocument bengaluruToChennaiB2b() {
        Party seller = new Party("Bengaluru Wholesale Mart", "BWM Distributors Private Limited",
                List.of("14, 2nd Cross, Chickpet", "Bengaluru 560053"), "29AAGCB7383J1Z4", "Karnataka (29)",
                "+91 80 2222 3333", null);
        Party buyer = new Party("Chennai Provision Stores", null,
                List.of("No. 12, Ranganathan Street, T. Nagar", "Chennai 600017"), "33AABCT1332L1ZL",
                "Tamil Nadu (33)", "+91 94440 55555", "accounts@chennaiprovision.in");
        List<Line> lines = List.of(
                new Line(1, "Assam CTC tea, loose", "0902", "10", "KGS", "450.00", "225.00", "4,275.00", "18", null,
                        null, null, null, "18", "769.50", null, null, "5,044.50"),
                new Line(2, "Sona Masoori rice 25 kg", "1006", "4", "BAG", "1,249.00", "100.00", "4,896.00", "18", null,
                        null, null, null, "18", "881.28", null, null, "5,777.28"));
        List<HsnRow> hsn = List.of(
                new HsnRow("0902", "18", "4,275.00", null, null, null, null, "18", "769.50", null, null, "769.50"),
                new HsnRow("1006", "18", "4,896.00", null, null, null, null, "18", "881.28", null, null, "881.28"));
        return new InvoiceDocument("Tax Invoice", "INV/25-26/000123", "15-09-2025", seller, buyer, "Tamil Nadu (33)",
                true, false, null, null, lines, hsn,
                new Totals("9,171.00", null, null, "1,650.78", null, "0.22", IndianNumbers.rupees(1_082_200)),
                IndianNumbers.amountInWords(1_082_200), null, null, true);
    }

    /** A composition dealer's bill of supply: no tax on the page, the Rule 5(1)(g) legend at the top. */
    static InvoiceDocument compositionBillOfSupply() {
        Party seller = new Party("Gupta General Stores", null, List.of("Aminabad Road", "Lucknow 226018"),
                "09ABCPG1234K1ZW", "Uttar Pradesh (09)", "+91 94150 11111", null);
        List<Line> lines = List.of(
                new Line(1, "Britannia Marie Gold 250 g", "1905", "6", "PCS", "40.00", null, "240.00", null, null,
                        null, null, null, null, null, null, null, "240.00"),
                new Line(2, "Amul Ghee 1 L", "0402", "1", "LTR", "620.00", "10.00", "610.00", null, null, null, null,
                        null, null, null, null, null, "610.00"));
        return new InvoiceDocument("Bill of Supply", "BOS/25-26/000042", "02-11-2025", seller, null,
                "Uttar Pradesh (09)", false, false, "composition taxable person, not eligible to collect tax on supplies",
                null, lines, List.of(), new Totals("850.00", null, null, null, null, "0.00", "850.00"),
                IndianNumbers.amountInWords(850_00), null, null, false);
    }

    // ---- helpers

    private static byte[] render(String name, InvoiceDocument document, PdfLayout layout) {
        byte[] pdf = renderer.render(document, layout);
        assertThat(pdf).startsWith("%PDF".getBytes());
        try {
            Files.write(OUT.resolve(name + "-" + layout.name().toLowerCase() + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }

    /**
     * The text of all pages with every run of white space made one space, so wrapped lines still read as one phrase.
     * A missing optional field must leave nothing behind, least of all the word "null".
     */
    private static String text(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).doesNotContain("null");
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int imageCount(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                images += imageCount(page.getResources());
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int imageCount(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                images += imageCount(form.getResources());
            }
        }
        return images;
    }

    private static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** A small black-and-white PNG shaped like a QR code; the renderer does not care what it encodes. */
    private static byte[] qrLikePng() {
        int modules = 25;
        int scale = 4;
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        for (int row = 0; row < modules; row++) {
            for (int col = 0; col < modules; col++) {
                boolean finder = (row < 7 || row >= modules - 7) && col < 7 || row < 7 && col >= modules - 7;
                if (finder ? row % 6 == 0 || col % 6 == 0 || (row % 7 >= 2 && row % 7 <= 4 && col % 7 >= 2 && col % 7 <= 4)
                        : (row * 31 + col * 17) % 3 == 0) {
                    g.fillRect(col * scale, row * scale, scale, scale);
                }
            }
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
