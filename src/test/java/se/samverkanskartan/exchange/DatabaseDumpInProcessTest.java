package se.samverkanskartan.exchange;

import org.springframework.context.annotation.Import;

/**
 * Every dump test again, read and restored through the in-process database's Java API.
 */
@Import(InProcessImport.Database.class)
class DatabaseDumpInProcessTest extends DatabaseDumpTest implements InProcessImport {

}
