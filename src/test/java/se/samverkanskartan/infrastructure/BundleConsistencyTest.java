package se.samverkanskartan.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two bundles say the same things in their own language, with one word for one thing:
 * every key in both, every key the code names in them, no English in the Swedish one.
 */
class BundleConsistencyTest {

	private static final Properties SWEDISH = load("sv");

	private static final Properties ENGLISH = load("en");

	/**
	 * A key as code names it in full: getTranslation("a.b") or getTranslation("a.b", …),
	 * not the start of one ("kind." + slug).
	 */
	private static final Pattern KEY_IN_CODE = Pattern
		.compile("getTranslation\\(\\s*\"([a-z0-9][a-z0-9.-]*[a-z0-9])\"\\s*[,)]");

	/** English words that are not Swedish ones. */
	private static final Pattern ENGLISH_WORD = Pattern.compile(
			"(?i)\\b(the|and|with|from|needs|must|should|please|characters|skipped|unknown|members|ties|tie|topic|topics|source|sources|stated|partial|some|main)\\b");

	/** Names and loanwords that happen to look English. */
	private static final Set<String> NAMES = Set.of("Purple Flag", "Leiden", "GraphML", "GEXF", "NetworkX", "Gephi",
			"yEd", "Word", "PowerPoint", "Safe Cities");

	@Test
	void swedish_and_english_have_the_same_keys() {
		assertThat(SWEDISH.stringPropertyNames()).isNotEmpty().isEqualTo(ENGLISH.stringPropertyNames());
	}

	@Test
	void every_key_the_code_names_is_in_the_bundles() throws IOException {
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
				Matcher key = KEY_IN_CODE.matcher(read(file));
				while (key.find()) {
					if (!SWEDISH.containsKey(key.group(1))) {
						missing.add(key.group(1) + " (" + file.getFileName() + ")");
					}
				}
			});
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void the_swedish_bundle_has_no_english_words_outside_names() {
		List<String> english = SWEDISH.stringPropertyNames().stream().sorted().filter(key -> {
			String value = SWEDISH.getProperty(key);
			for (String name : NAMES) {
				value = value.replace(name, "");
			}
			return ENGLISH_WORD.matcher(value.replaceAll("\\{[^}]*}", "")).find();
		}).map(key -> key + "=" + SWEDISH.getProperty(key)).toList();
		assertThat(english).isEmpty();
	}

	@Test
	void the_swedish_bundle_says_tema_and_samband_only() {
		Pattern otherWords = Pattern.compile("(?iu)(?<![\\p{L}])(område|området|områden|områdena|band|bandet|banden|"
				+ "samverkansband\\p{L}*)(?![\\p{L}])");
		List<String> found = SWEDISH.stringPropertyNames()
			.stream()
			.sorted()
			.filter(key -> otherWords.matcher(SWEDISH.getProperty(key)).find())
			.map(key -> key + "=" + SWEDISH.getProperty(key))
			.toList();
		assertThat(found).isEmpty();
	}

	@Test
	void the_check_for_english_finds_an_english_sentence() {
		assertThat(ENGLISH_WORD.matcher("A password needs at least 12 characters").find()).isTrue();
		assertThat(ENGLISH_WORD.matcher("Ett lösenord behöver minst 12 tecken").find()).isFalse();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties load(String language) {
		var properties = new Properties();
		try (InputStream in = TranslationProvider.class
			.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
