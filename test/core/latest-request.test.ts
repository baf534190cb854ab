import { expect } from '@open-wc/testing';
import { LatestRequest } from '../../src/core/latest-request.js';

describe('LatestRequest', () => {
  it('a newer request aborts and supersedes the earlier one', () => {
    const requests = new LatestRequest();
    const first = requests.start();
    const second = requests.start();
    expect(first.aborted).to.equal(true);
    expect(second.aborted).to.equal(false);
    expect(requests.finish(first), 'the earlier one is superseded').to.equal(false);
    expect(requests.finish(second)).to.equal(true);
    expect(requests.pending).to.equal(false);
  });

  it('abort() keeps the request current, so its ending still runs', () => {
    const requests = new LatestRequest();
    const signal = requests.start();
    requests.abort();
    expect(signal.aborted).to.equal(true);
    expect(requests.pending).to.equal(true);
    expect(requests.finish(signal)).to.equal(true);
  });

  it('cancel() forgets before aborting, so the ending changes nothing', () => {
    const requests = new LatestRequest();
    const signal = requests.start();
    let pendingWhenAborted: boolean | undefined;
    signal.addEventListener('abort', () => (pendingWhenAborted = requests.pending));
    requests.cancel();
    expect(signal.aborted).to.equal(true);
    expect(pendingWhenAborted).to.equal(false);
    expect(requests.finish(signal)).to.equal(false);
  });
});
