// The data contract between NetworkGraph.java (GraphData and its records) and <network-graph>.

export type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';

export interface GraphNodeData {
  id: string;
  label: string;
  kind: string;
  color: string;
  shape: NodeShape;
  size: number;
  /** Where the geographic layout puts the node, in the map's units (MapPlacement.java); null: near its ties. */
  mapX: number | null;
  mapY: number | null;
  /** Index of the node's cluster when the explorer colours by cluster, otherwise null. */
  cluster: number | null;
  /** Where the server's layout placed the node (GraphLayouts.java); null when it did not. */
  x: number | null;
  y: number | null;
}

export type LayoutName = 'fcose' | 'geographic' | 'concentric' | 'grouped';

/** Cytoscape's canvas renderer, or the same with its WebGL mode for large graphs. */
export type RendererName = 'canvas' | 'webgl';

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: string;
  color: string;
  dashed: boolean;
  /** Shown on hover: the topic, or a suggestion's reasons. */
  title: string;
  /** When comparing two days: whether the tie began or ended in between. */
  change: 'added' | 'ended' | null;
  /** Both sides' view in the latest survey round, for ties named in it. */
  confirmation: 'both' | 'one-side' | 'contradictory' | null;
}

export interface GraphData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

/** One document per server round trip: everything the graph shows (GraphViewState.java). */
export interface GraphViewState {
  /** Counts the graphs sent; the same revision is the same graph. */
  revision: number;
  /** The organisations and ties, or null when they are those of the last document. */
  graph: GraphData | null;
  selected: string | null;
  layout: LayoutName;
  /** The nodes and ties of the path shown. */
  highlighted: string[];
  /** A saved view's positions: nodes are placed there instead of laid out. */
  frozen: Record<string, [number, number]> | null;
  /** The county's map under the geographic layout, or null when it is the last document's. */
  map: MapLayer | null;
}

/** The municipalities' borders in the map's units, with their shading (MapLayer.java). */
export interface MapLayer {
  areas: MapArea[];
  /** West, north, east and south edges, in the map's units. */
  bounds: [number, number, number, number];
  /** Named wherever the borders are drawn (their licence asks for it). */
  attribution: string;
}

export interface MapArea {
  code: string;
  name: string;
  /** SVG path data in the map's units. */
  path: string;
  /** The shading by number of partners, or null when the map is not shaded. */
  fill: string | null;
}

export interface NodeClickDetail {
  id: string;
}

export interface EdgeClickDetail {
  id: string;
}

/** Positions by node id: a saved view's, a kept layout's, the layout worker's. */
export type Positions = Record<string, [number, number]>;

/** Positions and hidden labels as drawn; mirrors DrawnState.java. */
export interface DrawnState {
  positions: Record<string, [number, number]>;
  hiddenLabels: string[];
}

/** What <network-graph> asks its layout worker (network-graph-layout-worker.ts) to place. */
export interface LayoutRequest {
  id: number;
  randomize: boolean;
  nodes: { id: string; size: number; x: number; y: number }[];
  edges: [string, string][];
}

/** Where the layout worker placed each node, by node id. */
export interface LayoutResult {
  id: number;
  positions: Record<string, [number, number]>;
}
