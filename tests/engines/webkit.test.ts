// The cross-engine set (spec.ts) in WebKitGTK's MiniBrowser, driven by selenium-webdriver through
// WebKitWebDriver under xvfb-run.
import { crossEngineSpec } from './spec.ts';
import { launchWebKit } from './drivers.ts';

// WebKitWebDriver cannot read the console (no log endpoint, no BiDi in WebKitGTK 2.50): CSP violations
// are seen through the reports (served.ts); that the app's script runs, through what it must do (count a Shift).
crossEngineSpec(launchWebKit, 'WebKit', 'reports no CSP violation (the driver cannot read the console)');
