// The partner page's whole integration: import the element, give it the questions, answer its
// request events. A real partner answers with its own API (or connectHttp) instead of the mock.
import 'verikit/provider';
import 'verikit/reset-flow';
import { createMockBackend } from './mock-backend.js';
import { demoQuestions } from './fixtures.js';
import { defineDemoElements } from './inbox-panel.js';

defineDemoElements();
const backend = createMockBackend();
const flow = document.querySelector('vk-reset-flow');
if (flow) {
  flow.questions = demoQuestions;
  backend.attach(flow);
}
const inbox = document.querySelector('demo-inbox');
if (inbox) inbox.backend = backend;
