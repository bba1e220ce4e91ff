package se.samverkanskartan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	@Test
	void modules_only_use_each_others_public_api() {
		ApplicationModules.of(SamverkanskartanApplication.class).verify();
	}

}
