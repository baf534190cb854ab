/** `<vk-reset-flow>` against the shared contracts: its own three requests and its host data. */
import { expect, html } from '@open-wc/testing';
import type { RequestDetail } from '../../src/core/events.js';
import type { JourneyConfig } from '../../src/elements/reset-flow/reset-flow.machine.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
import { settle as settleElement } from '../helpers.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';
import { runHostRequestSuite } from '../suites/host-request.suite.js';
import { click, fillInput, inStep, loggedOutAccount, query, settle, setup, shadow } from './reset-flow.helpers.js';

const signedIn = { ...loggedOutAccount, loggedIn: true };

/** A journey that starts at the step under test. */
async function flowAt(journey: JourneyConfig, account?: typeof signedIn): Promise<VkResetFlow> {
  const { flow } = await setup(() => html`<vk-reset-flow .journey=${journey} .account=${account}></vk-reset-flow>`);
  return flow;
}

const pressAction = (flow: VkResetFlow) => click(inStep(flow, 'form [part~="action"]'));
const valueOf = (flow: VkResetFlow, selector: string) => query<HTMLInputElement>(shadow(flow), selector).value;

runHostRequestSuite<VkResetFlow>('<vk-reset-flow> account lookup', {
  mount: async () => {
    const flow = await flowAt({ id: 'lookup', steps: ['account', 'submit', 'review'], askPassword: true });
    fillInput(inStep(flow, 'input[name="identifier"]'), 'jane@mail.com');
    fillInput(inStep(flow, 'input[name="password"]'), 'hunter2');
    return flow;
  },
  eventName: 'vk-account-lookup',
  trigger: pressAction,
  answer: { ok: true, account: loggedOutAccount },
  expectAnswered: (flow) => {
    expect(flow.step).to.equal('submit');
  },
  userInput: (flow) => [valueOf(flow, '[name="identifier"]'), valueOf(flow, '[name="password"]')],
});

runHostRequestSuite<VkResetFlow>('<vk-reset-flow> new contact', {
  mount: async () => {
    const flow = await flowAt({ id: 'contact', steps: ['new-contact', 'submit', 'done'], newContact: 'email' }, signedIn);
    fillInput(inStep(flow, 'input[name="email"]'), 'new@example.com');
    return flow;
  },
  eventName: 'vk-new-contact-submit',
  trigger: pressAction,
  answer: { ok: true },
  expectAnswered: (flow) => {
    expect(inStep(flow, 'vk-code-input').getAttribute('masked-destination')).to.equal('n•••@example.com');
  },
  userInput: (flow) => valueOf(flow, '[name="email"]'),
});

runHostRequestSuite<VkResetFlow>('<vk-reset-flow> submit', {
  mount: async () => {
    const flow = await flowAt({ id: 'submit-only', steps: ['submit', 'review'] });
    click(inStep(flow, 'input[name="terms"]'));
    await settle(flow);
    return flow;
  },
  eventName: 'vk-reset-submit',
  trigger: pressAction,
  answer: { ok: true },
  expectAnswered: (flow) => {
    expect(flow.step).to.equal('review');
  },
  userInput: (flow) => query<HTMLInputElement>(shadow(flow), '[name="terms"]').checked,
});

describe('<vk-reset-flow> host reasons in its own words', () => {
  for (const [journey, field, value, eventName, reason, text] of [
    [{ id: 'l', steps: ['account', 'review'] }, 'identifier', 'jane', 'vk-account-lookup', 'not-found', 'We could not find an account'],
    [{ id: 'l', steps: ['account', 'review'], askPassword: true }, 'identifier', 'jane', 'vk-account-lookup', 'wrong-password', 'The password is not correct.'],
    [{ id: 'c', steps: ['new-contact', 'done'], newContact: 'email' }, 'email', 'a@b.co', 'vk-new-contact-submit', 'taken', 'already used by another account'],
  ] as const) {
    it(`${eventName} answered "${reason}": "${text}", then the host's own words`, async () => {
      const flow = await flowAt(journey, journey.steps[0] === 'account' ? undefined : signedIn);
      fillInput(inStep(flow, `input[name="${field}"]`), value);
      if (journey.steps[0] === 'account' && 'askPassword' in journey) fillInput(inStep(flow, 'input[name="password"]'), 'x');
      const answer = (event: Event) => (event as CustomEvent<RequestDetail<unknown>>).detail.respond({ ok: false, reason, message: 'Ask support.' });
      flow.addEventListener(eventName, answer, { once: true });
      pressAction(flow);
      await settle(flow);
      expect(inStep(flow, '[part~="error"]').textContent).to.contain(text).and.contain('Ask support.');
      expect(inStep(flow, `input[name="${field}"]`).getAttribute('aria-invalid')).to.equal('true');
      await expect(flow).to.be.accessible();
    });
  }
});

const badSlots = [{ value: { id: 'x' }, mentions: 'array' }, { value: [{ title: 'no id' }], mentions: '"id"' }];

runBadDataSuite<VkResetFlow>('<vk-reset-flow>', {
  mount: async () => (await setup(() => html`<vk-reset-flow journey="loggedInChangePhone" .account=${signedIn}></vk-reset-flow>`)).flow,
  properties: {
    journey: [{ value: 'binance', mentions: 'binance' }, { value: { id: 'x', steps: ['verify', 'submit'], verify: ['email'] }, mentions: 'steps' }, { value: 42 }],
    account: [{ value: { factors: [{ kind: 'fax', bound: true }] }, mentions: 'factors.0.kind' }, { value: 'jane' }],
    questions: [{ value: 'q1', mentions: 'array' }, { value: [{ prompt: 'no id' }], mentions: '"id"' }],
    documentSlots: badSlots,
    proofSlots: badSlots,
    identitySlots: badSlots,
    uploaded: [{ value: null, mentions: 'array' }, { value: [{ fileId: 'h-1' }], mentions: 'slotId' }],
    draftKey: [{ value: 42 }],
    countryCode: [{ value: 'UK', mentions: 'country' }, { value: 44 }],
    handoff: [{ value: 'sometimes' }],
  },
});

describe('<vk-reset-flow> upload steps: continue on your phone', () => {
  it('passes `handoff` to its uploaders, whose hand-off requests bubble out to the host', async () => {
    const flow = await flowAt({ id: 'identity', steps: ['identity', 'submit', 'review'] }, signedIn);
    flow.handoff = 'always';
    await settle(flow);
    const uploader = inStep(flow, 'vk-proof-uploader');
    expect(uploader.getAttribute('handoff')).to.equal('always');
    await settleElement(uploader);
    const asked: string[][] = [];
    flow.addEventListener('vk-handoff-create', (event) => asked.push(event.detail.slots), { once: true });
    const start = uploader.shadowRoot?.querySelector<HTMLElement>('[part~="handoff-start"]');
    start?.click();
    expect(asked).to.deep.equal([['id-front', 'verification-video']]);
    flow.handoff = 'off';
    await settle(flow);
    await settleElement(uploader);
    expect(uploader.shadowRoot?.querySelector('[part~="handoff"]')).to.equal(null);
  });
});
