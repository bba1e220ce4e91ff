// Vaadin's generated entry point (frontend/generated/index.ts), with two changes: the
// components' modules start loading at once instead of after the server's first answer,
// and a returning visitor's graph is drawn before Vaadin has built the page.
import { Router } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';
import { showFirstPicture } from './components/network-graph-first-picture';

showFirstPicture();

const flow = new Flow({ imports: () => components });
// After new Flow(): the modules register themselves on window.Vaadin.Flow, which it creates.
// Loaded in parallel with the first request to the server, they no longer hold back the
// request for the view by that request's round trip (docs/benchmarks.md).
const components = import('Frontend/generated/flow/generated-flow-imports.js');

const router = new Router(document.querySelector('#outlet'));
router.setRoutes([...flow.serverSideRoutes]);
