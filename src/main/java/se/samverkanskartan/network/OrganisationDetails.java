package se.samverkanskartan.network;

import java.util.List;

/**
 * What the side panel shows for one organisation.
 *
 * @param node the organisation
 * @param facts facts about it (population, area, county, municipality of a district)
 * @param cooperation its cooperation ties grouped by topic, topics in name order
 * @param forums the forums it is a member of or convenes
 * @param members for a forum, the organisations that are members of it
 * @param needs topics it says it wants more cooperation on, with the quote
 */
public record OrganisationDetails(GraphNode node, Facts facts, List<TopicCooperation> cooperation, List<Partner> forums,
		List<Partner> members, List<StatedNeed> needs) {

	/**
	 * @param topic the topic
	 * @param quote the source's words
	 */
	public record StatedNeed(Topic topic, String quote) {

	}

	/**
	 * @param population inhabitants, null where unknown
	 * @param populationYear the year of that figure
	 * @param areaKm2 land area in km²
	 * @param county the county of a municipality
	 * @param actorType the kind of actor, e.g. police or civil-society
	 * @param partnerRank the actor's place in the report's list of most named partners
	 * @param policeAreas the local police areas that cover a municipality or district
	 * @param partOf what a district or local police area belongs to
	 * @param validFrom first day of a district, where known
	 * @param validTo last day of a district, where known
	 * @param section the source's section that names the organisation
	 * @param quote the source's words about it
	 */
	public record Facts(Long population, Integer populationYear, Integer areaKm2, String county, String actorType,
			Integer partnerRank, List<String> policeAreas, String partOf, java.time.LocalDate validFrom,
			java.time.LocalDate validTo, String section, String quote) {

	}

	/**
	 * @param topic the topic
	 * @param partners who the organisation cooperates with on it, by name
	 */
	public record TopicCooperation(Topic topic, List<Partner> partners) {

	}

	/**
	 * @param id the partner's node id
	 * @param name the partner's name
	 * @param confidence explicit, collective or inferred
	 * @param quote the verbatim evidence from the source
	 * @param tieId the id of the tie, to show its evidence
	 */
	public record Partner(String id, String name, String confidence, String quote, String tieId) {

	}

}
