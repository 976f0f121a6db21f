/** Filing packs written out: PDF with Apache PDFBox, CSV with Apache Commons CSV. */
package io.interdict.casework.infrastructure.packs;
