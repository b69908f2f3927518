// Benchmark for `npm run bench`: how long the quick exit takes from the input to the first frame with
// nothing of the app on screen, on a CPU throttled 6× (a cheap phone), beside the time a key the app
// ignores takes to its next frame in the same run (no exit can blank the screen faster than the
// browser paints a frame). A timing, never a test: it only prints.
//
// How it measures: Chromium's trace of Event Timing gives, for each input, the time from the input to
// the next frame presented after its handlers ran. The exit's handler hides the page, so that frame is
// the first blank one. (The trace, not the page's own PerformanceObserver: the page is gone by then.)
import { chromium } from 'playwright-core';

// The median of 25 rounds. Single samples vary by a frame or more, the limit too; with 15 rounds the
// home page's click measured 1.6 to 2.2 times the limit on one build, with 31 rounds 1.8 (see
// docs/DECISIONS.md, "The quick exit's benchmark presses like a person").
const RUNS = 25;
const THROTTLE = 6;
const NEUTRAL_DELAY_MS = 2500;

/** The duration of the last input of this type in a trace, in ms. */
function lastEventTiming(trace, type) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const timings = events.filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.type === type);
  return timings.at(-1)?.args.data.duration;
}

/** Where to measure: the home page, and the self-check with five questions answered. */
const PLACES = {
  'home page': async (page, url) => {
    await page.goto(`${url}/`);
  },
  'self-check, question 6': async (page, url) => {
    await page.goto(`${url}/zelfcheck/`);
    await page.locator('input[name="route"][value="self"]').check();
    await page.locator('form.check button[type="submit"]').click();
    for (let i = 0; i < 5; i++) {
      await page.locator('h2.question').waitFor();
      await page.locator('form.check input[type="radio"]').nth(2).check();
      await page.locator('form.check button[type="submit"]').first().click();
    }
    await page.locator('h2.question').waitFor();
  },
};

// Inputs as a person makes them, not as fast as a test robot can: the pointer rests on the button
// before it presses, a key or button is held down for a moment, and presses follow each other at a
// human pace. Back-to-back events would queue the release behind the press's own frame and measure
// the robot (see docs/DECISIONS.md, "The quick exit's benchmark presses like a person").
const HOLD_MS = 90; // a key or button held down
const GAP_MS = 150; // between two presses
const REST_MS = 300; // the pointer resting on the button before the press

const LIMIT = 'a key the app ignores'; // the reference every other input is measured against

const press = async (page, key) => {
  await page.keyboard.down(key);
  await page.waitForTimeout(HOLD_MS);
  await page.keyboard.up(key);
};

const INPUTS = {
  [LIMIT]: { event: 'keydown', act: (page) => press(page, 'KeyX') },
  click: {
    event: 'click',
    act: async (page) => {
      const box = await page.locator('[data-quick-exit]').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(REST_MS);
      await page.mouse.down();
      await page.waitForTimeout(HOLD_MS);
      await page.mouse.up();
    },
  },
  'Shift ×3': {
    event: 'keyup',
    act: async (page) => {
      for (let i = 0; i < 3; i++) {
        if (i) await page.waitForTimeout(GAP_MS);
        await press(page, 'Shift');
      }
    },
  },
  'Esc ×2': {
    event: 'keydown',
    act: async (page) => {
      for (let i = 0; i < 2; i++) {
        if (i) await page.waitForTimeout(GAP_MS);
        await press(page, 'Escape');
      }
    },
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.floor(s.length / 2)]) : NaN;
};

/** Returns rows [name, measured, target, ok] for the bench table. */
export async function exitTimings(appUrl, neutralSite, { executablePath = '/usr/bin/chromium', args = [] } = {}) {
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const rows = [];
  try {
    for (const [place, goThere] of Object.entries(PLACES)) {
      // In rounds of one sample per input, so that the limit and the exits share whatever else the
      // machine was doing at the time.
      const samples = Object.fromEntries(Object.keys(INPUTS).map((input) => [input, []]));
      for (let run = 0; run < RUNS; run++) {
        for (const [input, { event, act }] of Object.entries(INPUTS)) {
          const context = await browser.newContext();
          await context.route(`${neutralSite}**`, (route) =>
            setTimeout(
              () => route.fulfill({ contentType: 'text/html', body: '<title>Weer</title>' }).catch(() => {}),
              NEUTRAL_DELAY_MS,
            ),
          );
          const page = await context.newPage();
          await goThere(page, appUrl);
          // Measure on a settled page: the offline copy is complete, nothing else is loading.
          await page.evaluate(() => navigator.serviceWorker.ready);
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
          await page.waitForTimeout(200);
          await browser.startTracing(page, { categories: ['devtools.timeline'] });
          await act(page);
          await page.waitForTimeout(800);
          const duration = lastEventTiming(await browser.stopTracing(), event);
          if (duration !== undefined) samples[input].push(duration);
          await context.close();
        }
      }
      const medians = Object.fromEntries(Object.entries(samples).map(([input, xs]) => [input, median(xs)]));
      // A sample is missing when its frame never reached the trace: say so rather than hide it.
      const missing = (input) => (samples[input].length < RUNS ? `, ${samples[input].length} of ${RUNS} samples` : '');
      const limit = medians[LIMIT];
      rows.push([
        `quick exit, ${place}: ${LIMIT}, to its next frame`,
        `${limit} ms${missing(LIMIT)}`,
        '(the limit)',
        true,
      ]);
      for (const input of Object.keys(INPUTS).filter((input) => input !== LIMIT)) {
        const ms = medians[input];
        rows.push([
          `quick exit, ${place}: ${input}, to the first blank frame`,
          `${ms} ms (${(ms / limit).toFixed(1)} × the limit${missing(input)})`,
          `≤ ${2 * limit} ms (2 × the limit)`,
          ms <= 2 * limit,
        ]);
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
