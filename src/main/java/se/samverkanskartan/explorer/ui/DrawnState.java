package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;

/**
 * What the browser has drawn: node positions and the labels it hid; mirrors
 * {@code DrawnState} in {@code network-graph-types.ts}.
 */
record DrawnState(Map<String, double[]> positions, List<String> hiddenLabels) {

}
