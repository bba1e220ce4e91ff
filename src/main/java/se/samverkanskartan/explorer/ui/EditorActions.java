package se.samverkanskartan.explorer.ui;

import java.util.List;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

import se.samverkanskartan.editing.OrganisationEditing;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.editing.TieForm;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/** The editors' dialogs the explorer opens: new tie, edit or create an organisation. */
@SpringComponent
@UIScope
class EditorActions {

	private final TieEditing ties;

	private final OrganisationEditing organisations;

	private final NetworkService network;

	EditorActions(TieEditing ties, OrganisationEditing organisations, NetworkService network) {
		this.ties = ties;
		this.organisations = organisations;
		this.network = network;
	}

	void newTie(String fromId, Runnable onSaved) {
		List<GraphNode> partners = organisations()
			.filter(node -> node.kind() != NodeKind.FORUM && !node.id().equals(fromId))
			.toList();
		new TieEditDialog(this.ties, new TieForm(null, fromId, "", "", null, null, "explicit", "", "", "", 0),
				this.network.topics(), partners, onSaved)
			.open();
	}

	void editOrganisation(String id, Runnable onSaved) {
		NodeKind kind = NodeId.parse(id).kind();
		List<GraphNode> sameKind = organisations().filter(node -> node.kind() == kind && !node.id().equals(id))
			.toList();
		this.organisations.load(id)
			.ifPresent(form -> new OrganisationEditDialog(this.organisations, form, sameKind, onSaved).open());
	}

	void newOrganisation(Runnable onSaved) {
		new OrganisationEditDialog(this.organisations, null, List.of(), onSaved).open();
	}

	private java.util.stream.Stream<GraphNode> organisations() {
		return this.network.graph(GraphFilter.EVERYTHING).nodes().stream();
	}

}
