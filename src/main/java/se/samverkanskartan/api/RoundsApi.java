package se.samverkanskartan.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.samverkanskartan.survey.RoundResults;
import se.samverkanskartan.survey.SurveyResults;

@RestController
@RequestMapping("/api/rounds")
@Tag(name = "Survey rounds", description = "Each survey round's results, the 2020 report's tables as the first round")
class RoundsApi {

	private final SurveyResults results;

	RoundsApi(SurveyResults results) {
		this.results = results;
	}

	/**
	 * A round in the list.
	 *
	 * @param id its id, for {@code /api/rounds/{id}/results}
	 * @param name its name
	 * @param day when it opened (the report's publication for 2020)
	 * @param answered organisations that submitted answers
	 * @param asked organisations asked
	 * @param previous the round its results are compared with, or null
	 */
	record RoundSummary(String id, String name, LocalDate day, int answered, int asked, String previous) {

	}

	@GetMapping
	@Operation(summary = "The survey rounds, newest first, the 2020 report ('Storsthlm 2020') last")
	List<RoundSummary> rounds(Authentication authentication) {
		return this.results.rounds(editor(authentication))
			.stream()
			.map(round -> new RoundSummary(round.roundId(), round.roundName(), round.day(), round.answered(),
					round.asked(), round.previous()))
			.toList();
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "A round's Ja / Nej / Vet ej tables (counts, shares, change since the previous round); "
			+ "free-text answers only for editors, and no group of fewer than three answers for others")
	@ApiResponse(responseCode = "404", description = "No round with that id")
	RoundResults results(@Parameter(description = "Round id, e.g. storsthlm-2020") @PathVariable String id,
			Authentication authentication) {
		boolean editor = editor(authentication);
		RoundResults found = this.results.of(id, editor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No survey round " + id));
		return editor ? found : new RoundResults(found.roundId(), found.roundName(), found.day(), found.answered(),
				found.asked(), found.previous(), found.tables(), List.of());
	}

	private static boolean editor(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_EDITOR")
					|| authority.getAuthority().equals("ROLE_ADMIN"));
	}

}
