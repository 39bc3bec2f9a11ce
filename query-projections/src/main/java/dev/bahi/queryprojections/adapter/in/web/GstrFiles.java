package dev.bahi.queryprojections.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tables written as an Excel workbook (one sheet each, a bold header row, amounts as numbers) or as CSV. */
final class GstrFiles {
    private GstrFiles() {
    }

    static byte[] xlsx(Map<String, GstrTables.Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            for (Map.Entry<String, GstrTables.Table> entry : tables.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                Row header = sheet.createRow(0);
                List<String> names = entry.getValue().header();
                for (int c = 0; c < names.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(names.get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : entry.getValue().rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof BigDecimal number) {
                            cell.setCellValue(number.doubleValue());
                            if (number.scale() == 2) {
                                cell.setCellStyle(amount);
                            }
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csv(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? ""
                        : v instanceof BigDecimal n ? n.toPlainString() : v.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
