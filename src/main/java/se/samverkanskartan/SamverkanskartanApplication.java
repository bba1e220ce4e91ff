package se.samverkanskartan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Samverkanskartan: who works with whom on safety and crime prevention in Stockholm
 * County.
 */
@SpringBootApplication
public class SamverkanskartanApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamverkanskartanApplication.class, args);
	}

}
