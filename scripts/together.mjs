// Runs npm scripts at the same time and fails when any of them fails: `node scripts/together.mjs lint
// typecheck test:unit` is `npm run check`. The checks are independent and each mostly uses one core, so
// on a 2-core machine they take about as long as the longest one, not as long as all three in a row.
// Each script's output is printed in one piece when it ends, with its time, so the logs do not mix.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (!names.length) {
  console.error('Gebruik: node scripts/together.mjs <npm-script> [<npm-script> …]');
  process.exit(2);
}

const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
console.log(`Tegelijk: ${names.join(', ')}`);

const run = (name) =>
  new Promise((resolve) => {
    const since = Date.now();
    const output = [];
    const child = spawn('npm', ['run', '--silent', name], { env: process.env });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const end = (code) => {
      const ok = code === 0;
      process.stdout.write(`\n${ok ? '✓' : '✗'} ${name} (${seconds(since)}${ok ? '' : `, exit ${code}`})\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(ok);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      end(1);
    });
    child.on('close', (code) => end(code ?? 1));
  });

const results = await Promise.all(names.map(run));
const failed = names.filter((_, i) => !results[i]);
console.log(`\n${failed.length ? `✗ Mislukt: ${failed.join(', ')}` : '✓ Alles geslaagd'} (${seconds(started)})`);
process.exit(failed.length ? 1 : 0);
