/**
 * How {@link org.cloudcost.report.xlsx.FinanceWorkbook} lays out its sheets; not an API. The small
 * sheets (Summary with its charts, Spend, Assumptions, and the Findings header) are built in an
 * XSSF template, then the Findings rows and the Data quality sheet are streamed through SXSSF.
 * Formulas are composed here only; text from the data goes through
 * {@link org.cloudcost.report.xlsx.internal.SafeText} into string cells.
 */
package org.cloudcost.report.xlsx.internal;
