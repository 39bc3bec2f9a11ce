package dev.bahi.sales.adapter.out.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.kernel.IndianNumbers;
import dev.bahi.sales.application.port.out.StatementDocument;
import dev.bahi.sales.application.port.out.StatementDocument.Customer;
import dev.bahi.sales.application.port.out.StatementDocument.Line;
import dev.bahi.sales.application.port.out.StatementDocument.Shop;
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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders khata statements and reads them back with PDFBox: the letterhead, the customer, the period, every entry
 * with its running balance, and totals and a closing balance that agree with the entries. The template must be
 * compiled once. The PDFs are also written to {@code target/statement-pdfs/} for a person to look at.
 */
class JasperStatementRendererTest {
    private static final Path OUT = Path.of("target", "statement-pdfs");
    private static final byte[] QR = qrLikePng();

    private static JasperStatementRenderer renderer;

    @BeforeAll
    static void createRenderer() throws IOException {
        renderer = new JasperStatementRenderer();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void theTemplateWasCompiledOnce() {
        assertThat(renderer.compilations()).isLessThanOrEqualTo(1);
    }

    /** One khata entry in paise: what the service hands the renderer, formatted the same way. */
    private record Entry(String date, String particulars, long debit, long credit) {
    }

    @Test
    void a_statement_shows_the_shop_the_customer_the_period_every_entry_and_the_balances() {
        long opening = 1_250_00;
        List<Entry> entries = List.of(
                new Entry("03-11-2025", "Credit sale 0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07", 570_00, 0),
                new Entry("05-11-2025", "Return CN/25-26/0000004", 0, 285_00),
                new Entry("10-11-2025", "Repayment 431234567890 (UPI)", 0, 1_000_00),
                new Entry("12-11-2025", "Adjustment (Bill 47 missed in the paper bahi)", 1_20_000_00, 0));
        StatementDocument document = statement(opening, entries, QR, "sharmakirana@okaxis");

        String text = text(render("meena", document));

        assertThat(text).contains(
                "Sharma Kirana Store", "Sharma Traders LLP", "Shop 4, Laxmi Market, Dadar West, Mumbai 400028",
                "GSTIN: 27AAPFU0939F1ZV", "Phone: +919820012345",
                "Statement of account",
                "Customer", "Meena Patil", "Phone: +919822012345", "Shivaji Nagar, Pune 411005",
                "GSTIN: 27AAPFU0939F1ZV".substring(0, 7),
                "Period: 01-11-2025 to 30-11-2025", "Date: 01-12-2025", "Amounts in INR",
                "Date Particulars Debit Credit Balance");
        assertThat(text).as("the opening balance is the table's first row").contains("Opening balance 1,250.00 03-11-2025");
        assertThat(text).as("each entry with its date, particulars, debit or credit and the balance after it").contains(
                "03-11-2025 Credit sale 0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07 570.00 1,820.00",
                "05-11-2025 Return CN/25-26/0000004 285.00 1,535.00",
                "10-11-2025 Repayment 431234567890 (UPI) 1,000.00 535.00",
                "12-11-2025 Adjustment (Bill 47 missed in the paper bahi) 1,20,000.00 1,20,535.00");
        // The totals printed are those of the entries; opening + debits - credits is the closing balance printed.
        long debits = entries.stream().mapToLong(Entry::debit).sum();
        long credits = entries.stream().mapToLong(Entry::credit).sum();
        assertThat(text).contains("Total " + IndianNumbers.rupees(debits) + " " + IndianNumbers.rupees(credits),
                "Closing balance " + IndianNumbers.rupees(opening + debits - credits));
        assertThat(text).contains("Total 1,20,570.00 1,285.00", "Closing balance 1,20,535.00",
                "Amount due in words", "Rupees One Lakh Twenty Thousand Five Hundred Thirty-Five Only",
                "Scan to pay with UPI", "Scan to pay Rs. 1,20,535.00 to sharmakirana@okaxis", "Page 1 of 1");
        assertThat(imageCount(render("meena-again", document))).as("the UPI QR").isEqualTo(1);
    }

    @Test
    void the_page_is_a4_portrait() {
        try (PDDocument pdf = load(renderer.render(statement(0, List.of(), null, null)))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(595f);
            assertThat(page.getHeight()).isEqualTo(842f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_quiet_period_still_shows_the_opening_and_closing_balance() {
        String text = text(render("quiet", statement(1_000_00, List.of(), null, null)));

        assertThat(text).contains("Statement of account", "Opening balance 1,000.00", "Total 0.00 0.00",
                "Closing balance 1,000.00", "Rupees One Thousand Only");
        assertThat(text).as("no QR without a UPI id").doesNotContain("UPI");
    }

    @Test
    void nothing_owed_means_no_amount_in_words_and_no_qr_and_an_advance_says_so() {
        byte[] pdf = render("advance", statement(0, List.of(new Entry("02-11-2025", "Repayment 4312 (CASH)", 0, 200_50)),
                null, null));
        String text = text(pdf);

        assertThat(text).contains("02-11-2025 Repayment 4312 (CASH) 200.50 -200.50",
                "Closing balance (paid in advance) -200.50");
        assertThat(text).doesNotContain("Amount due in words").doesNotContain("Rupees").doesNotContain("UPI");
        assertThat(imageCount(pdf)).isZero();
    }

    @Test
    void optional_fields_leave_nothing_behind() {
        StatementDocument bare = new StatementDocument(new Shop("Gupta General Stores", null, List.of(), null, null),
                new Customer("Walk-in Ramesh", null, null, null), "Up to 30-11-2025", "30-11-2025", "0.00", List.of(),
                "0.00", "0.00", "0.00", null, null, null);
        String text = text(render("bare", bare));

        assertThat(text).contains("Gupta General Stores", "Walk-in Ramesh", "Period: Up to 30-11-2025",
                "Closing balance 0.00").doesNotContain("GSTIN").doesNotContain("Phone");
    }

    @Test
    void a_long_khata_runs_over_pages_with_the_table_header_on_each_and_the_totals_once_at_the_end() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            entries.add(new Entry(String.format("%02d-11-2025", i % 28 + 1), "Credit sale bill " + i, 100_00, 0));
        }
        String text = text(render("long", statement(0, entries, QR, "sharmakirana@okaxis")));

        assertThat(text).contains("Credit sale bill 1 100.00 100.00", "Credit sale bill 90 100.00 9,000.00",
                "Total 9,000.00 0.00", "Closing balance 9,000.00", "Page 1 of 3", "Page 3 of 3");
        assertThat(text.split("Particulars", -1)).as("the table header repeats on every page").hasSize(4);
        assertThat(text.split("Opening balance", -1)).as("the opening balance is printed once").hasSize(2);
        assertThat(text.split("Closing balance", -1)).hasSize(2);
    }

    @Test
    void rendering_many_times_and_from_many_threads_compiles_the_template_once() throws Exception {
        JasperStatementRenderer fresh = new JasperStatementRenderer();
        assertThat(fresh.compilations()).as("nothing is compiled before it is needed").isZero();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                long opening = i * 100_00L;
                jobs.add(() -> text(fresh.render(statement(opening, List.of(), null, null))));
            }
            List<Future<String>> results = pool.invokeAll(jobs);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains("Opening balance " + IndianNumbers.rupees(i * 100_00L));
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 5; i++) {
            fresh.render(statement(0, List.of(), QR, "sharmakirana@okaxis"));
        }
        assertThat(fresh.compilations()).isEqualTo(1);
    }

    // ---- documents

    /** Formats {@code entries} as the service does: running balance after each, zero debit or credit left empty. */
    private static StatementDocument statement(long opening, List<Entry> entries, byte[] qr, String upiId) {
        List<Line> lines = new ArrayList<>();
        long balance = opening;
        long debits = 0;
        long credits = 0;
        for (Entry entry : entries) {
            balance += entry.debit() - entry.credit();
            debits += entry.debit();
            credits += entry.credit();
            lines.add(new Line(entry.date(), entry.particulars(), amount(entry.debit()), amount(entry.credit()),
                    IndianNumbers.rupees(balance)));
        }
        boolean owed = balance > 0;
        return new StatementDocument(
                new Shop("Sharma Kirana Store", "Sharma Traders LLP", List.of("Shop 4, Laxmi Market",
                        "Dadar West, Mumbai 400028"), "27AAPFU0939F1ZV", "+919820012345"),
                new Customer("Meena Patil", "+919822012345", "Shivaji Nagar, Pune 411005", "27AAPFU0939F1ZV"),
                "01-11-2025 to 30-11-2025", "01-12-2025", IndianNumbers.rupees(opening), lines,
                IndianNumbers.rupees(debits), IndianNumbers.rupees(credits), IndianNumbers.rupees(balance),
                owed ? IndianNumbers.amountInWords(balance) : null, owed ? qr : null,
                owed && qr != null ? "Scan to pay Rs. " + IndianNumbers.rupees(balance) + " to " + upiId : null);
    }

    private static String amount(long paise) {
        return paise == 0 ? null : IndianNumbers.rupees(paise);
    }

    // ---- helpers

    private static byte[] render(String name, StatementDocument document) {
        byte[] pdf = renderer.render(document);
        assertThat(pdf).startsWith("%PDF".getBytes());
        try {
            Files.write(OUT.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }

    /** The text of all pages, runs of white space made one space; a missing field must not print "null". */
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
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** A black-and-white PNG that looks like a QR code; the renderer only needs an image. */
    private static byte[] qrLikePng() {
        BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 120);
        g.setColor(Color.BLACK);
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 12; x++) {
                if ((x * 7 + y * 3) % 5 < 2) {
                    g.fillRect(x * 10, y * 10, 10, 10);
                }
            }
        }
        g.dispose();
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
