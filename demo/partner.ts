// The partner page's whole integration: import the element, answer its request events.
// A real partner replaces createMockBackend with its own API calls (or connectHttp).
import 'verikit/provider';
import 'verikit/reset-picker';
import { demoFactors } from './fixtures.js';
import { createMockBackend } from './mock-backend.js';
import { defineDemoElements } from './inbox-panel.js';

defineDemoElements();
const backend = createMockBackend();
const flow = document.querySelector('vk-provider');
if (flow) backend.attach(flow);
const picker = document.querySelector('vk-reset-picker');
if (picker) picker.factors = demoFactors;
const inbox = document.querySelector('demo-inbox');
if (inbox) inbox.backend = backend;
