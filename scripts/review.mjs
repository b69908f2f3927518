// `npm run review`: a checklist for the person who calls the organisations to check the facts. Every
// fact in content/organisations/, with the date of its source, oldest first, then when each file was
// last reviewed. Reads content/ through the same loader as the build.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/content/load.ts');
let content;
try {
  content = module.loadContent('content');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const lines = [];
for (const org of Object.values(content.organisations)) {
  const fact = (what, key, text) => {
    const source = org.sources[key];
    const date = source.date === 'ongedateerd' ? `ongedateerd (gelezen ${source.read})` : source.date;
    lines.push({
      sortKey: source.date === 'ongedateerd' ? '0000' : source.date,
      date,
      org: org.name.nl,
      what,
      text,
      source,
    });
  };
  for (const c of org.contact) fact(c.type === 'phone' ? 'telefoon' : c.type, c.source, c.value);
  for (const h of org.hours)
    fact('bereikbaar', h.source, 'open' in h ? 'kijk op de website (niet vast te stellen)' : h.text.nl);
  for (const w of org.whatHappens) fact('wat er gebeurt', w.source, w.text.nl);
  for (const m of org.more) fact('meer', m.source, m.text.nl);
}
lines.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.org.localeCompare(b.org));

console.log(`Feiten om na te lopen, oudste bron eerst (${lines.length}):\n`);
for (const l of lines) {
  console.log(`[ ] ${l.date.padEnd(24)} ${l.org} · ${l.what}: ${l.text}`);
  console.log(`    bron: ${l.source.name}${l.source.url ? ` (${l.source.url})` : ''}`);
}
console.log('\nLaatst nagekeken, per bestand:\n');
const reviewed = [
  ...Object.values(content.organisations).map((o) => [`content/organisations/${o.id}.yaml`, o.review]),
  ...Object.entries(content.pages).map(([id, p]) => [`content/pages/${id}.yaml`, p.review]),
].sort((a, b) => a[1].date.localeCompare(b[1].date));
for (const [file, review] of reviewed) console.log(`    ${review.date}  ${file}  (${review.by})`);
for (const p of content.reviews.due) console.log(`\nLet op: ${p.file}: ${p.message}`);
console.log('\nKlopt een feit niet meer? Pas het aan met de nieuwe bron en datum, en zet de datum bij "review".');
