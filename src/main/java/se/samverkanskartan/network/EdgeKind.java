package se.samverkanskartan.network;

/** The relationship types drawn as edges between organisations. */
public enum EdgeKind {

	COOPERATES_WITH, MEMBER_OF, CONVENES, PART_OF, COVERS, BORDERS

}
