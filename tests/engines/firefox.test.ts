// The cross-engine set (spec.ts) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
import { crossEngineSpec } from './spec.ts';
import { launchFirefox } from './drivers.ts';

crossEngineSpec(launchFirefox, 'Firefox', 'logs no console error or warning');
