package org.cloudcost.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written workbook back in the tests. */
final class WorkbookFiles {
    private WorkbookFiles() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The single cell a defined name refers to. */
    static Cell named(XSSFWorkbook wb, String name) {
        Name n = wb.getName(name);
        if (n == null) {
            throw new AssertionError("no defined name " + name);
        }
        CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** Every formula cell of the workbook. */
    static List<Cell> formulaCells(XSSFWorkbook wb) {
        List<Cell> out = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        out.add(cell);
                    }
                }
            }
        }
        return out;
    }

    /** The first row whose column A holds {@code label}. */
    static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label + " on " + sheet.getSheetName());
    }

    /**
     * Types {@code value} into a text cell as a user would. The streamed sheets hold inline strings,
     * and POI's {@code setCellValue} on an inline-string cell updates only a value Excel ignores;
     * clearing the cell first makes it a plain string cell, which is what typing does.
     */
    static void type(Cell cell, String value) {
        cell.setBlank();
        cell.setCellValue(value);
    }

    /** A cell's address with its sheet, for messages. */
    static String where(Cell c) {
        return c.getSheet().getSheetName() + "!" + c.getAddress();
    }
}
