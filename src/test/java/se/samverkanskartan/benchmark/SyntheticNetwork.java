package se.samverkanskartan.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded, deterministic network shaped like the county's, at any size: regions of
 * municipalities, districts, actors and forums; a police area and a regional forum per
 * region as hubs; a few national hubs; ties mostly within a region with preferential
 * attachment, some to the hubs and a few across regions; each region with its own topic
 * mix. It writes the import's CSV files, so the real import path loads it.
 *
 * @param name county, national or stress
 * @param nodes how many organisations
 * @param ties how many cooperation ties (memberships come on top)
 * @param seed the random seed
 */
public record SyntheticNetwork(String name, int nodes, int ties, long seed) {

	static final SyntheticNetwork COUNTY = new SyntheticNetwork("county", 300, 1_500, 2020);

	static final SyntheticNetwork NATIONAL = new SyntheticNetwork("national", 5_000, 50_000, 2020);

	static final SyntheticNetwork STRESS = new SyntheticNetwork("stress", 50_000, 500_000, 2020);

	/** Topic slugs of the built-in dataset; the import refuses unknown ones. */
	static final List<String> TOPICS = List.of("unga", "andt", "vald-i-nara-relation", "krisberedskap",
			"brottsforebyggande", "valdsbejakande-extremism", "kameror-ordningsvakter", "social-hallbarhet",
			"polisnarvaro", "elevhalsa", "informationssakerhet", "jamstalldhet");

	static final int REGION_SIZE = 100;

	/** A size by its name: county, national or stress. */
	static SyntheticNetwork named(String name) {
		return java.util.stream.Stream.of(COUNTY, NATIONAL, STRESS)
			.filter(size -> size.name().equals(name.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("benchmark.sizes: no size called " + name));
	}

	/**
	 * The organisations and ties as the import's two CSV files.
	 *
	 * @param organisations id;typ;namn;aktörstyp
	 * @param ties från;till;typ av band;område;belägg;källa
	 * @param cooperationTies how many of the tie rows are cooperation ties
	 */
	record Files(byte[] organisations, byte[] ties, int cooperationTies, int memberships) {

	}

	Files generate() {
		Random random = new Random(this.seed);
		int regions = Math.max(1, this.nodes / REGION_SIZE);
		List<String> names = new ArrayList<>();
		List<Integer> regionOf = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		var organisations = new StringBuilder("id;typ;namn;aktörstyp\n");
		List<Integer> hubs = new ArrayList<>();
		List<List<Integer>> members = new ArrayList<>();
		List<List<Integer>> forums = new ArrayList<>();
		for (int region = 0; region < regions; region++) {
			members.add(new ArrayList<>());
			forums.add(new ArrayList<>());
		}
		for (int i = 0; i < this.nodes; i++) {
			int region = i % regions;
			int slot = i / regions;
			String kind;
			String actorType = "";
			if (slot == 0) {
				kind = "aktor";
				actorType = "police";
			}
			else if (slot == 1) {
				kind = "forum";
			}
			else if (slot < 12) {
				kind = "kommun";
			}
			else if (slot % 20 == 0) {
				kind = "forum";
			}
			else if (slot % 5 == 0) {
				kind = "stadsdel";
			}
			else {
				kind = "aktor";
				actorType = List.of("civil-society", "business", "national-agency", "region", "property-owner")
					.get(random.nextInt(5));
			}
			String name = "Syn " + kind + " " + i + " region " + region;
			String id = switch (kind) {
				case "kommun" -> "municipality:9" + String.format("%06d", i);
				case "stadsdel" -> "city-district:syn-" + i;
				case "forum" -> "forum:syn-" + i;
				default -> "actor:syn-" + i;
			};
			organisations.append(id)
				.append(';')
				.append(kind)
				.append(';')
				.append(name)
				.append(';')
				.append(actorType)
				.append('\n');
			names.add(name);
			regionOf.add(region);
			kinds.add(kind);
			if (slot < 2) {
				hubs.add(i);
			}
			(kind.equals("forum") ? forums : members).get(region).add(i);
		}
		// A few national hubs: the first police actor and the first forum take ties from
		// everywhere
		var rows = new StringBuilder("från;till;typ av band;område;belägg;källa\n");
		Set<Long> seen = new HashSet<>();
		int[] degree = new int[this.nodes];
		int written = 0;
		int attempts = 0;
		while (written < this.ties && attempts++ < this.ties * 20) {
			int a = members.get(random.nextInt(regions)).isEmpty() ? 0 : pick(random, members, regions);
			int region = regionOf.get(a);
			double kindOfTie = random.nextDouble();
			int b;
			if (kindOfTie < 0.70) {
				b = preferential(random, members.get(region), degree);
			}
			else if (kindOfTie < 0.90) {
				b = hubs.get((kindOfTie < 0.80) ? 2 * region : random.nextInt(Math.min(hubs.size(), 4)));
			}
			else {
				b = pick(random, members, regions);
			}
			if (a == b || kinds.get(b).equals("forum") || kinds.get(a).equals("forum")) {
				continue;
			}
			String topic = topic(random, region);
			long key = ((long) Math.min(a, b) * this.nodes + Math.max(a, b)) * TOPICS.size() + TOPICS.indexOf(topic);
			if (!seen.add(key)) {
				continue;
			}
			degree[a]++;
			degree[b]++;
			rows.append(names.get(a))
				.append(';')
				.append(names.get(b))
				.append(";samverkar;")
				.append(topic)
				.append(";uttryckligt;Syntetiskt ")
				.append(this.name)
				.append('\n');
			written++;
		}
		int memberships = 0;
		for (int region = 0; region < regions; region++) {
			for (int forum : forums.get(region)) {
				for (int member : members.get(region)) {
					if (random.nextDouble() < 0.3) {
						rows.append(names.get(member))
							.append(';')
							.append(names.get(forum))
							.append(";medlem;;uttryckligt;Syntetiskt ")
							.append(this.name)
							.append('\n');
						memberships++;
					}
				}
			}
		}
		return new Files(organisations.toString().getBytes(StandardCharsets.UTF_8),
				rows.toString().getBytes(StandardCharsets.UTF_8), written, memberships);
	}

	private static int pick(Random random, List<List<Integer>> members, int regions) {
		List<Integer> region = members.get(random.nextInt(regions));
		return region.get(random.nextInt(region.size()));
	}

	/** Rich get richer within the region: the better tied of two random picks. */
	private static int preferential(Random random, List<Integer> region, int[] degree) {
		int a = region.get(random.nextInt(region.size()));
		int b = region.get(random.nextInt(region.size()));
		return (degree[a] >= degree[b]) ? a : b;
	}

	/** Each region favours three topics, the rest come now and then. */
	private static String topic(Random random, int region) {
		if (random.nextDouble() < 0.75) {
			return TOPICS.get((region * 3 + random.nextInt(3)) % TOPICS.size());
		}
		return TOPICS.get(random.nextInt(TOPICS.size()));
	}

}
