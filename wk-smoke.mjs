import { Builder } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
console.log('start');
const port = 4500 + Math.floor(Math.random()*400);
const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: ['ignore','pipe','pipe'], detached: true });
driver.stdout.on('data', b => console.log('OUT>', String(b).trim()));
driver.stderr.on('data', b => console.log('ERR>', String(b).trim()));
driver.on('exit', (c) => console.log('driver exit', c));
await new Promise(r => setTimeout(r, 1500));
console.log('slept');
try {
const d = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: process.argv[2], args: ['--automation', '--enable-write-console-messages-to-stdout=true'] },
}).build();
console.log('session');
await d.get('http://127.0.0.1:4173/');
await d.executeScript(`const s = document.createElement('style'); s.textContent='body{}'; document.head.append(s); console.error('hello-error'); setTimeout(() => { throw new Error('boom') }, 0)`);
await new Promise(r => setTimeout(r, 1000));
await d.quit();
} catch (e) { console.log('ERR', e.message); }
process.kill(-driver.pid);
