import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
cytoscape.use(fcose);
const n = 400, els = [];
let seed = 1; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
for (let i = 0; i < n; i++) els.push({ group: 'nodes', data: { id: 'n' + i, size: 20 }, position: { x: rnd() * 1000, y: rnd() * 1000 } });
for (let i = 0; i < 2000; i++) { const a = Math.floor(rnd() * n); const b = (a % 4) + 4 * Math.floor(rnd() * n / 4); if (a !== b) els.push({ group: 'edges', data: { id: 'e' + i, source: 'n' + a, target: 'n' + b } }); }
for (const styleEnabled of [true, false]) for (const randomize of [true, false]) {
  const cy = cytoscape({ headless: true, styleEnabled, style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }], elements: els });
  const t = performance.now();
  cy.layout({ name: 'fcose', quality: 'default', nodeRepulsion: () => 20000, idealEdgeLength: () => 110, nodeSeparation: 110, tilingPaddingVertical: 40, tilingPaddingHorizontal: 80, animate: false, fit: false, randomize }).run();
  const bb = cy.nodes().boundingBox();
  console.log('style', styleEnabled, 'randomize', randomize, Math.round(performance.now() - t), 'ms', Math.round(bb.w), 'x', Math.round(bb.h), cy.nodes()[0].width());
}
