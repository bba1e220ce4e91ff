import type { GraphData } from './network-graph-types';
import { drawPreview, type PreviewDetail, type Viewport } from './network-graph-preview';
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
/** The app bar's height in rem (styles.css, vaadin-app-layout): a first visit draws below it. */
const APP_BAR_REM = 3.5;
/** How long a picture drawn in the wrong place takes to move into the view's place. */
const SETTLE_MS = 250;
/** A picture over the page goes this long after Vaadin's view came, even if no graph took over. */
const OVER_PAGE_MS = 3000;

/** Set once <network-graph> has drawn: a late answer draws nothing. */
let taken = false;
/** Where the early picture was drawn and how it was fitted, for the hand-over. */
let drawn: Placed | null = null;

/** A picture's place: the canvas's box (left, top, width, height) and its fit. */
interface Placed {
  box: GraphBox['box'];
  viewport: Viewport;
}

interface GraphBox {
  page: string;
  window: [number, number];
  /** left, top, width, height of the graph's canvas */
  box: [number, number, number, number];
}

/**
 * The explorer's graph before Vaadin has built the page: a new tab spends about a second
 * starting Vaadin and building the view (docs/benchmarks.md). Its data comes from the
 * server at once and is drawn by the same preview code. Where this page was opened at this
 * window width before, the graph's place is known and <network-graph> takes over with an
 * identical picture; on a first visit it fills the window under the app bar and moves into
 * the view's place at the hand-over. Not interactive; gone once <network-graph> has drawn.
 */
export function showFirstPicture(): void {
  if (!onExplorer()) {
    return;
  }
  const kept = boxFor(pageKey());
  const box = kept?.box ?? underTheAppBar();
  if (!box) {
    return;
  }
  const url = new URL(DATA_PATH, document.baseURI);
  url.search = window.location.search;
  fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.status === 200 ? (response.json() as Promise<GraphData>) : null))
    .then((graph) => {
      if (graph && !taken) {
        draw(graph, box, kept !== null);
      }
    })
    .catch(() => {
      // No early picture: the view draws as always
    });
  window.addEventListener('vaadin-router-location-changed', () => {
    if (!document.querySelector('network-graph')) {
      dropFirstPicture();
    } else if (!kept) {
      // Over the page it would hide the view if no graph takes over (an error message instead)
      window.setTimeout(dropFirstPicture, OVER_PAGE_MS);
    }
  });
  window.setTimeout(dropFirstPicture, GIVE_UP_MS);
}

/**
 * <network-graph> has drawn (fitted by `viewport`): the early picture goes, and its place is
 * kept for next time. A picture drawn elsewhere (first visit, or the filter bar wraps anew)
 * first moves and scales into the view's place, where the view shows the same picture; the
 * promise tells when it is gone (null: gone at once).
 */
export function handOverFirstPicture(graph: HTMLElement, canvas: HTMLElement, viewport: Viewport): Promise<void> | null {
  taken = true;
  const rect = canvas.getBoundingClientRect();
  const box: GraphBox['box'] = [rect.left, rect.top, rect.width, rect.height];
  if (rect.width > 0 && rect.height > 0 && graph.isConnected && onExplorer()) {
    remember({ page: pageKey(), window: [window.innerWidth, window.innerHeight], box });
  }
  const early = document.getElementById(CANVAS_ID);
  if (early && drawn && !samePlace(drawn, { box, viewport }) && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
    return settle(early, drawn, { box, viewport });
  }
  dropFirstPicture();
  return null;
}

/**
 * Moves the early canvas so that each organisation lands where the view draws it:
 * screen = left + pan + zoom × position in both pictures, so one scale and one shift map
 * the first onto the second. Resolves once the picture is gone.
 */
function settle(early: HTMLElement, from: Placed, to: Placed): Promise<void> {
  const scale = to.viewport.zoom / from.viewport.zoom;
  const x = to.box[0] + to.viewport.pan.x - from.box[0] - scale * from.viewport.pan.x;
  const y = to.box[1] + to.viewport.pan.y - from.box[1] - scale * from.viewport.pan.y;
  early.style.transformOrigin = '0 0';
  // Over the page while it moves (a kept place that no longer fits lay under it); the page
  // shows through around the graph, and the view's own picture waits, out of sight
  early.style.zIndex = '2';
  early.style.background = 'transparent';
  performance.mark('graph-first-picture-settled', { detail: { from: from.box, to: to.box, scale, x, y } });
  const moving = early.animate([{ transform: 'none' }, { transform: `translate(${x}px, ${y}px) scale(${scale})` }], {
    duration: SETTLE_MS,
    easing: 'ease-out',
    fill: 'forwards'
  });
  // A hidden tab draws no frames: the picture goes anyway
  const late = new Promise<void>((resolve) => window.setTimeout(resolve, SETTLE_MS * 4));
  return Promise.race([moving.finished.then(() => undefined, () => undefined), late]).then(dropFirstPicture);
}

function samePlace(a: Placed, b: Placed): boolean {
  const near = (p: number, q: number) => Math.abs(p - q) < 0.5;
  return a.box.every((value, i) => near(value, b.box[i])) && near(a.viewport.zoom, b.viewport.zoom)
    && near(a.viewport.pan.x, b.viewport.pan.x) && near(a.viewport.pan.y, b.viewport.pan.y);
}

function dropFirstPicture(): void {
  document.getElementById(CANVAS_ID)?.remove();
  document.documentElement.style.removeProperty('cursor');
}

/**
 * What <network-graph>'s first load draws (network-graph.ts #load): the same placement,
 * fitted. In a place known from before it lies under the page, and the app's elements
 * cover it as they come; in a guessed place it lies over the page until it has moved.
 */
function draw(graph: GraphData, [left, top, width, height]: GraphBox['box'], known: boolean): void {
  const { placed, tiesLater } = firstPlacement(graph, new LayoutCache());
  const viewport = fitViewport(placed, width, height);
  if (!viewport) {
    return;
  }
  const canvas = document.createElement('canvas');
  canvas.id = CANVAS_ID;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = `position:fixed;left:${left}px;top:${top}px;width:${width}px;height:${height}px;z-index:${known ? -1 : 2};pointer-events:none;background:#f3f5f7`;
  document.body.append(canvas);
  // Only a picture: the pointer says that the page is still coming (as over the view's preview)
  document.documentElement.style.cursor = 'progress';
  const { detail } = drawPreview(canvas, { nodes: placed, edges: graph.edges }, viewport, !tiesLater, degrees(graph.edges));
  drawn = { box: [left, top, width, height], viewport };
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

/** A first visit's guess: the whole window under the app bar, as the explorer's graph nearly is. */
function underTheAppBar(): GraphBox['box'] | null {
  const top = APP_BAR_REM * parseFloat(getComputedStyle(document.documentElement).fontSize);
  const height = window.innerHeight - top;
  return height >= MIN_HEIGHT ? [0, top, window.innerWidth, height] : null;
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
