package dev.bahi.inventory.adapter.in.web;

import dev.bahi.inventory.application.port.in.ImportRow;
import dev.bahi.inventory.application.port.in.ItemInput;
import dev.bahi.platform.kernel.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a catalogue CSV (UTF-8, header row; column names in any case and order) into import rows. Required
 * columns: sku, name, hsn, gstRate, unit, salePrice; optional: cessRate, priceIncludesTax, mrp, purchasePrice,
 * minStock, barcode, openingStock. A file that is not UTF-8 or has unknown columns is refused as a whole.
 */
public final class CatalogueCsv {
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final List<String> REQUIRED = List.of("sku", "name", "hsn", "gstRate", "unit", "salePrice");
    static final List<String> OPTIONAL = List.of("cessRate", "priceIncludesTax", "mrp", "purchasePrice", "minStock",
            "barcode", "openingStock");

    private CatalogueCsv() {
    }

    public static List<ImportRow> read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new RuleViolation("IMPORT_EMPTY", "file", "send the catalogue as CSV with a header row");
        }
        if (body.length > MAX_BYTES) {
            throw new RuleViolation("IMPORT_TOO_LARGE", "file", "a catalogue file has at most " + MAX_BYTES + " bytes");
        }
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                rows.add(new ImportRow(line, new ItemInput(cell(record, columns, "sku"), cell(record, columns, "name"),
                        cell(record, columns, "hsn"), cell(record, columns, "gstRate"), cell(record, columns, "cessRate"),
                        cell(record, columns, "unit"), cell(record, columns, "salePrice"),
                        flag(cell(record, columns, "priceIncludesTax"), line), cell(record, columns, "mrp"),
                        cell(record, columns, "purchasePrice"), cell(record, columns, "minStock"),
                        cell(record, columns, "barcode")), cell(record, columns, "openingStock")));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            if (e instanceof RuleViolation v) {
                throw v;
            }
            throw new RuleViolation("CSV_MALFORMED", "file", "the file is not valid CSV: " + e.getMessage());
        }
    }

    /** Header names matched without regard to case; each known column at most once, nothing unknown. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        REQUIRED.forEach(c -> known.put(c, c));
        OPTIONAL.forEach(c -> known.put(c, c));
        Map<String, String> columns = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : header) {
            String column = known.get(name.trim());
            if (column == null) {
                throw new RuleViolation("CSV_UNKNOWN_COLUMN", "file", "unknown column '" + name + "'; columns are "
                        + REQUIRED + " and optionally " + OPTIONAL);
            }
            if (!seen.add(column)) {
                throw new RuleViolation("CSV_DUPLICATE_COLUMN", "file", "column '" + column + "' appears twice");
            }
            columns.put(column, name);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new RuleViolation("CSV_MISSING_COLUMN", "file", "the header needs a '" + required + "' column");
            }
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value;
    }

    private static Boolean flag(String raw, int line) {
        if (raw == null) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new RuleViolation("CSV_FLAG_INVALID", "priceIncludesTax",
                    "line " + line + ": priceIncludesTax is true or false, not '" + raw + "'");
        };
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation("CSV_NOT_UTF8", "file", "the file is not UTF-8 text");
        }
    }
}
