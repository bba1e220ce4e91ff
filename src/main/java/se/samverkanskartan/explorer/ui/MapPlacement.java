package se.samverkanskartan.explorer.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.samverkanskartan.network.CountyMap;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/**
 * Where the geographic layout puts the organisations that have a place: municipalities
 * inside their borders, Stockholm's city districts spread inside Stockholm, other places
 * at their coordinates. The browser puts the rest near what they are tied to.
 */
final class MapPlacement {

	static final String STOCKHOLM = "0180";

	private MapPlacement() {
	}

	static Map<String, double[]> place(List<GraphNode> nodes, CountyMap map) {
		Map<String, double[]> at = new HashMap<>();
		for (GraphNode node : nodes) {
			if (node.kind() == NodeKind.MUNICIPALITY) {
				String code = NodeId.parse(node.id()).key();
				map.area(code).ifPresentOrElse(area -> at.put(node.id(), area.anchor()), () -> {
					if (node.lat() != null && node.lon() != null) {
						at.put(node.id(), CountyMap.project(node.lat(), node.lon()));
					}
				});
			}
			else if (node.lat() != null && node.lon() != null) {
				at.put(node.id(), CountyMap.project(node.lat(), node.lon()));
			}
		}
		List<GraphNode> districts = nodes.stream()
			.filter(node -> node.kind() == NodeKind.CITY_DISTRICT)
			.sorted(Comparator.comparing(GraphNode::name))
			.toList();
		List<double[]> places = map.spreadInside(STOCKHOLM, districts.size());
		for (int i = 0; i < Math.min(places.size(), districts.size()); i++) {
			at.put(districts.get(i).id(), places.get(i));
		}
		return at;
	}

}
