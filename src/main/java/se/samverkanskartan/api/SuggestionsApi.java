package se.samverkanskartan.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.suggestions.BacktestResult;
import se.samverkanskartan.suggestions.PartnerEvaluationResult;
import se.samverkanskartan.suggestions.Suggestion;
import se.samverkanskartan.suggestions.SuggestionExport;
import se.samverkanskartan.suggestions.SuggestionService;

@RestController
@RequestMapping("/api")
@Tag(name = "Suggestions", description = "Missing-link suggestions, the partner finder and the backtest")
class SuggestionsApi {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SuggestionService suggestions;

	private final SuggestionExport export;

	SuggestionsApi(SuggestionService suggestions, SuggestionExport export) {
		this.suggestions = suggestions;
		this.export = export;
	}

	@GetMapping("/suggestions")
	@Operation(summary = "Pairs that do not cooperate yet, best first, each with its reasons and their shares")
	@BadRequestResponse
	List<Suggestion> suggestions(@Parameter(
			description = "Organisation id, e.g. municipality:0125; the whole network when left out") @RequestParam(
					required = false) String organisation,
			@Parameter(description = "Topic slug; any topic when left out") @RequestParam(
					required = false) String topic,
			@Parameter(description = "1 to 200") @RequestParam(defaultValue = "20") int limit,
			@Parameter(description = "sv or en") @RequestParam(defaultValue = "sv") String lang) {
		return this.suggestions.suggestions(organisation, topic, limit, ApiLanguage.of(lang));
	}

	@GetMapping("/partners")
	@Operation(summary = "Partners for an organisation on a topic, best first; those already cooperating are marked")
	@BadRequestResponse
	List<Suggestion> partners(
			@Parameter(description = "Organisation id, e.g. municipality:0125",
					required = true) @RequestParam String organisation,
			@Parameter(description = "Topic slug; any topic when left out") @RequestParam(
					required = false) String topic,
			@Parameter(
					description = "Candidate kinds: municipality, city-district, actor; all when left out") @RequestParam(
							required = false) List<String> kind,
			@Parameter(description = "1 to 200") @RequestParam(defaultValue = "20") int limit,
			@Parameter(description = "sv or en") @RequestParam(defaultValue = "sv") String lang) {
		return this.suggestions.partners(organisation, topic, kinds(kind), limit, ApiLanguage.of(lang));
	}

	private static Set<NodeKind> kinds(List<String> kind) {
		return NetworkApi.parse("kind", kind, NodeKind::ofSlug);
	}

	@GetMapping("/partners.csv")
	@Operation(summary = "The partner list as CSV (UTF-8, semicolons)")
	@BadRequestResponse
	ResponseEntity<byte[]> partnersCsv(@RequestParam String organisation, @RequestParam(required = false) String topic,
			@RequestParam(required = false) List<String> kind, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "sv") String lang) {
		Locale locale = ApiLanguage.of(lang);
		byte[] body = this.export.csv(this.suggestions.partners(organisation, topic, kinds(kind), limit, locale),
				locale);
		return download(body, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "partner.csv");
	}

	@GetMapping("/partners.xlsx")
	@Operation(summary = "The partner list as an Excel workbook")
	@BadRequestResponse
	ResponseEntity<byte[]> partnersXlsx(@RequestParam String organisation, @RequestParam(required = false) String topic,
			@RequestParam(required = false) List<String> kind, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "sv") String lang) {
		Locale locale = ApiLanguage.of(lang);
		return download(
				this.export.xlsx(this.suggestions.partners(organisation, topic, kinds(kind), limit, locale), locale),
				XLSX, "partner.xlsx");
	}

	@GetMapping("/backtest")
	@Operation(summary = "Hide a seeded share of the ties and report AUC and precision@10 for the combined score, "
			+ "each single signal and random")
	@BadRequestResponse
	BacktestResult backtest(
			@Parameter(description = "Share of cooperating pairs to hide, between 0 and 1") @RequestParam(
					defaultValue = "" + SuggestionService.DEFAULT_HIDDEN_SHARE) double hiddenShare,
			@Parameter(description = "Random seed") @RequestParam(
					defaultValue = "" + SuggestionService.DEFAULT_SEED) long seed) {
		return this.suggestions.backtest(hiddenShare, seed);
	}

	@GetMapping("/partner-evaluation")
	@Operation(summary = "For every topic with at least three organisations tied on it, hide one organisation's ties "
			+ "on the topic, ask for partners and report where the real ones land: recall@5 and mean reciprocal rank "
			+ "for the combined score, each single signal and random, as means over seeds with their range")
	@BadRequestResponse
	PartnerEvaluationResult partnerEvaluation(@Parameter(
			description = "How many seeds, from 2020 on: 1 to 20") @RequestParam(defaultValue = "5") int seeds) {
		return this.suggestions.partnerEvaluation(seeds);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
