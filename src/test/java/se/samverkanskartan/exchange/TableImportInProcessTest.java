package se.samverkanskartan.exchange;

import org.springframework.context.annotation.Import;

/** Every import test again, written through the in-process database's Java API. */
@Import(InProcessImport.Database.class)
class TableImportInProcessTest extends TableImportTest implements InProcessImport {

}
