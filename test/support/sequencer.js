// Runs the browser suites first, longest file first, then the rest: with two workers, a long browser suite
// that starts last leaves one worker idle at the end of the run. Jest's own order uses timings cached from
// earlier runs, which a fresh clone (and so CI) does not have.
const Sequencer = require('@jest/test-sequencer').default;
const fs = require('node:fs');

class BrowserSuitesFirst extends Sequencer {
  sort(tests) {
    const weight = (test) => (test.path.includes('/e2e/') ? 1e9 : 0) + fs.statSync(test.path).size;
    return [...tests].sort((a, b) => weight(b) - weight(a));
  }
}

module.exports = BrowserSuitesFirst;
