import type { GraphData } from './network-graph-types';
import { drawPreview, type PreviewDetail } from './network-graph-preview';
import { LayoutCache, firstPlacement } from './network-graph-layout-cache';
import { degrees, fitViewport } from './network-graph-scale';

/** Where <network-graph> was drawn, per page and window width; most recent first. */
const BOXES_KEY = 'samverkanskartan.graph-boxes';
const KEPT = 8;
const CANVAS_ID = 'first-picture';
/** Served by FirstPicture.java, relative to the page's base. */
const DATA_PATH = 'explorer/first-picture';
/** If no <network-graph> takes over by then, the picture goes anyway. */
const GIVE_UP_MS = 20000;
/** <network-graph>'s min-height (styles.css): below it the graph no longer follows the window. */
const MIN_HEIGHT = 320;

/** Set once <network-graph> has drawn: a late answer draws nothing. */
let taken = false;

interface GraphBox {
  page: string;
  window: [number, number];
  /** left, top, width, height of the graph's canvas */
  box: [number, number, number, number];
}

/**
 * The explorer's graph before Vaadin has built the page: a new tab spends about a second
 * starting Vaadin and building the view (docs/benchmarks.md). Where this page was opened
 * at this window width before, the graph's place is known; its data comes from the server
 * at once and is drawn there by the same preview code, so that <network-graph> takes over
 * with an identical picture. Not interactive; gone once <network-graph> has drawn.
 */
export function showFirstPicture(): void {
  const place = onExplorer() ? boxFor(pageKey()) : null;
  if (!place) {
    return;
  }
  const url = new URL(DATA_PATH, document.baseURI);
  url.search = window.location.search;
  fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.status === 200 ? (response.json() as Promise<GraphData>) : null))
    .then((graph) => {
      if (graph && !taken) {
        draw(graph, place.box);
      }
    })
    .catch(() => {
      // No early picture: the view draws as always
    });
  window.addEventListener('vaadin-router-location-changed', () => {
    if (!document.querySelector('network-graph')) {
      dropFirstPicture();
    }
  });
  window.setTimeout(dropFirstPicture, GIVE_UP_MS);
}

/** <network-graph> has drawn: the early picture goes, and its place is kept for next time. */
export function handOverFirstPicture(graph: HTMLElement, canvas: HTMLElement): void {
  taken = true;
  dropFirstPicture();
  const rect = canvas.getBoundingClientRect();
  if (rect.width > 0 && rect.height > 0 && graph.isConnected && onExplorer()) {
    remember({ page: pageKey(), window: [window.innerWidth, window.innerHeight], box: [rect.left, rect.top, rect.width, rect.height] });
  }
}

function dropFirstPicture(): void {
  document.getElementById(CANVAS_ID)?.remove();
}

/** What <network-graph>'s first load draws (network-graph.ts #load): the same placement, fitted. */
function draw(graph: GraphData, [left, top, width, height]: GraphBox['box']): void {
  const { placed, tiesLater } = firstPlacement(graph, new LayoutCache());
  const viewport = fitViewport(placed, width, height);
  if (!viewport) {
    return;
  }
  const canvas = document.createElement('canvas');
  canvas.id = CANVAS_ID;
  canvas.setAttribute('aria-hidden', 'true');
  // Under the page: the app's own elements cover it as soon as they are there
  canvas.style.cssText = `position:fixed;left:${left}px;top:${top}px;width:${width}px;height:${height}px;z-index:-1;pointer-events:none;background:#f3f5f7`;
  document.body.append(canvas);
  const { detail } = drawPreview(canvas, { nodes: placed, edges: graph.edges }, viewport, !tiesLater, degrees(graph.edges));
  requestAnimationFrame(() => window.setTimeout(() => performance.mark('graph-first-picture', { detail: detail satisfies PreviewDetail })));
}

/** The explorer is the application's start page; FirstPicture.java serves only its graph. */
function onExplorer(): boolean {
  return window.location.pathname === new URL(document.baseURI).pathname;
}

function pageKey(): string {
  return window.location.pathname + window.location.search;
}

/**
 * The graph's place at this window width: the filter bar above it wraps by the width, and
 * the graph fills the rest of the window's height (no less than its minimum).
 */
function boxFor(page: string): GraphBox | null {
  const entry = read().find((kept) => kept.page === page && kept.window[0] === window.innerWidth);
  if (!entry) {
    return null;
  }
  const [left, top, width, height] = entry.box;
  const taller = height + window.innerHeight - entry.window[1];
  return taller >= MIN_HEIGHT ? { ...entry, box: [left, top, width, taller] } : null;
}

function remember(entry: GraphBox): void {
  const others = read().filter((kept) => kept.page !== entry.page || kept.window[0] !== entry.window[0]);
  try {
    localStorage.setItem(BOXES_KEY, JSON.stringify([entry, ...others].slice(0, KEPT)));
  } catch {
    // Full or not allowed: no early picture next time
  }
}

function read(): GraphBox[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(BOXES_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as GraphBox[]).filter((entry) => typeof entry?.page === 'string' && Array.isArray(entry.box) && entry.box.length === 4) : [];
  } catch {
    return [];
  }
}
