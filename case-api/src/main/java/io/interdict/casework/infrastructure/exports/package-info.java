/** Exports written out: PDF with Apache PDFBox, CSV with Apache Commons CSV (formula cells neutralised). */
package io.interdict.casework.infrastructure.exports;
